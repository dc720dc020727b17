"""What the person must read before the first practice (CONTENT.md, "Safety and limits").

Kept as data in the core so the safety screen, the Learn pages and exports all say the same thing.
"""

from __future__ import annotations

SAFETY_VERSION = 1  # raise when the text changes in substance, so people see it again

HEADING = "Before you begin"
WHO_IT_IS_FOR_HEADING = "Who this is for"
DURING_PRACTICE_HEADING = "While you practise"

INTRODUCTION = (
    "This app helps you practise Pain Reprocessing Therapy (PRT) at home: short guided "
    "exercises that help your brain learn that a sensation is safe. Your pain is real. "
    "The app does not diagnose, and it is not a replacement for your clinician."
)

WHO_IT_IS_FOR = (
    "PRT is for long-lasting pain that a clinician has already assessed, such as back pain, "
    "neck pain or headaches that continue after the body has healed, or that have no "
    "structural cause."
)

WHO_IT_IS_NOT_FOR = (
    "It is not for pain from a recent injury or operation, an infection, a fracture, "
    "inflammation, or an illness that is getting worse."
)

RED_FLAGS_HEADING = "See a doctor promptly, instead of practising, if you have:"

RED_FLAGS: tuple[str, ...] = (
    "new pain after a fall or an accident",
    "fever or weight loss you cannot explain, together with pain",
    "numbness in the groin or between the legs, or loss of bladder or bowel control",
    "new weakness in an arm or a leg",
    "pain that is constant and gets worse at night",
    "a history of cancer and a new pain",
)

DURING_PRACTICE = (
    "You never need to push into sharp or worsening pain. You can stop any exercise at any "
    "time. If a practice brings up strong distress, stop, and talk with your clinician."
)

ACKNOWLEDGE = "I have read this"
