"""Marking texts defined in the core for translation, without Qt.

`pyside6-lupdate` finds calls to a function of this name and puts the text in the catalogue under
`context`; the call itself changes nothing. The UI translates the text where it shows it, with
`QCoreApplication.translate(context, text)`, so the core stays plain Python (and its English
texts remain what tests and exports compare against).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
