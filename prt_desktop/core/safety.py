"""What the person must read before the first practice (CONTENT.md, "Safety and limits").

Kept as data in the core so the safety screen, the Learn pages and exports all say the same thing.
"""

from __future__ import annotations

from prt_desktop.core.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Safety"
"""The translation context of these texts: the UI shows them through
QCoreApplication.translate(CONTEXT, text). lupdate needs the context spelt out in each call."""

SAFETY_VERSION = 1  # raise when the text changes in substance, so people see it again

HEADING = QT_TRANSLATE_NOOP("Safety", "Before you begin")
WHO_IT_IS_FOR_HEADING = QT_TRANSLATE_NOOP("Safety", "Who this is for")
DURING_PRACTICE_HEADING = QT_TRANSLATE_NOOP("Safety", "While you practise")

INTRODUCTION = QT_TRANSLATE_NOOP(
    "Safety",
    "This app helps you practise Pain Reprocessing Therapy (PRT) at home: short guided "
    "exercises that help your brain learn that a sensation is safe. Your pain is real. "
    "The app does not diagnose, and it is not a replacement for your clinician.")

WHO_IT_IS_FOR = QT_TRANSLATE_NOOP(
    "Safety",
    "PRT is for long-lasting pain that a clinician has already assessed, such as back pain, "
    "neck pain or headaches that continue after the body has healed, or that have no "
    "structural cause.")

WHO_IT_IS_NOT_FOR = QT_TRANSLATE_NOOP(
    "Safety",
    "It is not for pain from a recent injury or operation, an infection, a fracture, "
    "inflammation, or an illness that is getting worse.")

RED_FLAGS_HEADING = QT_TRANSLATE_NOOP(
    "Safety", "See a doctor promptly, instead of practising, if you have:")

RED_FLAGS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Safety", "new pain after a fall or an accident"),
    QT_TRANSLATE_NOOP("Safety", "fever or weight loss you cannot explain, together with pain"),
    QT_TRANSLATE_NOOP(
        "Safety",
        "numbness in the groin or between the legs, or loss of bladder or bowel control"),
    QT_TRANSLATE_NOOP("Safety", "new weakness in an arm or a leg"),
    QT_TRANSLATE_NOOP("Safety", "pain that is constant and gets worse at night"),
    QT_TRANSLATE_NOOP("Safety", "a history of cancer and a new pain"),
)

DURING_PRACTICE = QT_TRANSLATE_NOOP(
    "Safety",
    "You never need to push into sharp or worsening pain. You can stop any exercise at any "
    "time. If a practice brings up strong distress, stop, and talk with your clinician.")

ACKNOWLEDGE = QT_TRANSLATE_NOOP("Safety", "I have read this")
