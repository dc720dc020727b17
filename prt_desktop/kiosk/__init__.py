"""Kiosk mode for clinic waiting rooms, the parts without Qt: the staff PIN (hashed, with a
growing delay after wrong tries) and the clinic's kiosk settings (`kiosk.json` in the data
folder). The screens are in `prt_desktop/ui/kiosk_*.py`; docs/kiosk.md describes it all."""
