"""Exports for a therapist: CSV (one row per mark), JSON (everything) and a PDF report.

`selection` and `tables` are plain Python; `pdf_report` draws with Qt (QPdfWriter).
"""
