"""Texts that are data in the core, shown in the app's language.

The sensation words (core/vocabulary.py) and the body regions' names (the drawing's labels) are
stored and exported by id or in English; the screen shows them translated. scripts/i18n.py puts
them in the catalogue under the contexts below (they are not calls lupdate could find).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

VOCABULARY = "Vocabulary"
BODY_REGION = "BodyRegion"
SAFETY = "Safety"


def quality(quality_id: str) -> str:
    """A sensation word, lower case, as the person reads it ('pressure', 'presión')."""
    return QCoreApplication.translate(VOCABULARY, quality_id)


def region(label: str) -> str:
    """A body region's name, from its English label in the drawing."""
    return QCoreApplication.translate(BODY_REGION, label)


def safety_text(text: str) -> str:
    """One of core.safety's texts."""
    return QCoreApplication.translate(SAFETY, text)


def count(n: int, one: str, many: str) -> str:
    """`one` when n is 1, else `many` with {n} filled in; both already translated ("1 mark",
    "{n} marks"). English and Spanish have these same two forms."""
    return one if n == 1 else many.format(n=n)
