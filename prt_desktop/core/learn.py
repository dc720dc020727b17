# ruff: noqa: RUF001  (the en dashes in page ranges and in "pain-fear cycle" are on purpose)
"""The Learn pages: what PRT is, in plain words, with only the evidence CONTENT.md allows.

Each page is a title and paragraphs (plain text; the UI lays them out). Facts and numbers are
those of CONTENT.md, cited as it gives them; the honest limits are part of the evidence page.
The safety page reuses `core.safety`'s words, so the two can never say different things.
"""

from __future__ import annotations

from dataclasses import dataclass

from prt_desktop.core import safety
from prt_desktop.core.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Learn"
"""The translation context of the pages' own texts (those taken from `safety` keep its context)."""


def as_sentence(flag: str) -> str:
    """A red flag of the safety screen ("new pain after a fall") as a bullet of its own
    ("New pain after a fall.")."""
    return flag[0].upper() + flag[1:] + "."


@dataclass(frozen=True)
class LearnPage:
    id: str
    title: str
    paragraphs: tuple[str, ...]
    bullets: tuple[str, ...] = ()
    bullets_heading: str = ""
    sources: tuple[str, ...] = ()


PAGES: tuple[LearnPage, ...] = (
    LearnPage(
        "pain-fear-cycle", QT_TRANSLATE_NOOP("Learn", "Pain and the pain–fear cycle"),
        (
            QT_TRANSLATE_NOOP(
                "Learn",
                "Pain is the brain's alarm. It is meant to protect you, and it is always real: "
                "what you feel is not imagined."),
            QT_TRANSLATE_NOOP(
                "Learn",
                "Sometimes the alarm goes on sounding after the body has healed, or without any "
                "injury at all. Fear keeps it going: the pain brings fear, fear leads us to avoid "
                "things, and avoiding them teaches the brain that they were dangerous. A brain on "
                "high alert turns the volume of the pain up. This loop is called the pain–fear "
                "cycle."),
            QT_TRANSLATE_NOOP(
                "Learn",
                "Pain Reprocessing Therapy (PRT) helps break the loop in two ways: by helping "
                "your brain see the sensations as safe, and by easing the fear and avoidance "
                "around them."),
        ),
    ),
    LearnPage(
        "neuroplastic-pain", QT_TRANSLATE_NOOP("Learn", "Neuroplastic pain"),
        (
            QT_TRANSLATE_NOOP(
                "Learn",
                "Pain that lasts after tissues have healed, or that has no structural cause, is "
                "often called neuroplastic or brain-generated pain. The nervous system has become "
                "sensitised (doctors call this central sensitisation): it keeps sounding the alarm "
                "where there is no danger."),
            QT_TRANSLATE_NOOP(
                "Learn",
                "The source of this pain is a learned, over-protective response, and what the "
                "brain has learned it can also unlearn. That is what the practices in this app are "
                "for."),
            QT_TRANSLATE_NOOP(
                "Learn",
                "Some signs that pain may be of this kind: it moves around, it changes with stress "
                "or the time of day, it began without an injury, it spreads, or it is set off by "
                "things that are not physical. The practice 'Understanding my pain' helps you "
                "gather your own evidence, with your clinician."),
        ),
    ),
    LearnPage(
        "somatic-tracking", QT_TRANSLATE_NOOP("Learn", "What somatic tracking is"),
        (
            QT_TRANSLATE_NOOP(
                "Learn",
                "Somatic tracking is the core practice of PRT. It has three parts, and the guided "
                "practices walk you through each of them."),
        ),
        bullets_heading=QT_TRANSLATE_NOOP("Learn", "The three parts"),
        bullets=(
            QT_TRANSLATE_NOOP(
                "Learn",
                "Mindfulness: you turn towards one sensation with curiosity instead of fear. Where "
                "exactly is it? How big is it, what shape? Is it on the surface or deep, heavy or "
                "light? Does it move, pulse or change as you watch it?"),
            QT_TRANSLATE_NOOP(
                "Learn",
                "Safety reappraisal: you remind your brain, calmly and without pushing, that the "
                "sensation is safe: this is my brain's alarm, and my body is healthy."),
            QT_TRANSLATE_NOOP(
                "Learn",
                "Positive feelings: a light tone, warmth, even a little humour, so that the "
                "sensation becomes linked with ease rather than dread."),
        ),
    ),
    LearnPage(
        "who-for", QT_TRANSLATE_NOOP("Learn", "Who PRT is for, and not for"),
        (safety.WHO_IT_IS_FOR, safety.WHO_IT_IS_NOT_FOR, safety.DURING_PRACTICE),
        bullets_heading=safety.RED_FLAGS_HEADING,
        bullets=tuple(as_sentence(flag) for flag in safety.RED_FLAGS),
    ),
    LearnPage(
        "evidence", QT_TRANSLATE_NOOP("Learn", "The evidence and its limits"),
        (
            QT_TRANSLATE_NOOP(
                "Learn",
                "In the main trial (Ashar and colleagues, JAMA Psychiatry, 2022), 151 adults with "
                "chronic back pain without a clear structural cause were given PRT (eight sessions "
                "over four weeks), an open-label placebo injection, or their usual care. After "
                "treatment, 66% of the PRT group were pain-free or nearly pain-free, against 20% "
                "with the placebo and 10% with usual care, and the gains were largely kept a year "
                "later. Brain scans showed less pain-related activity in the anterior midcingulate "
                "and the insula."),
            QT_TRANSLATE_NOOP(
                "Learn",
                "A follow-up analysis found that people whose own explanation of their pain moved "
                "from 'damage' towards 'mind or brain' improved more (Ashar and colleagues, JAMA "
                "Network Open, 2023). Smaller studies have looked at PRT for fibromyalgia (a "
                "feasibility pilot, 2025) and migraine (a case series, 2025), and at what patients "
                "in the trial experienced (Tankha and colleagues, 2023)."),
            QT_TRANSLATE_NOOP(
                "Learn",
                "The honest limits: the evidence is still small. About a third of the people in "
                "the trial did not become pain-free or nearly so. PRT works best as one part of a "
                "wider plan with a clinician, and this app does not replace that."),
        ),
        sources=(
            "Ashar YK, Gordon A, Schubiner H, et al. Effect of Pain Reprocessing Therapy vs "
            "Placebo and Usual Care for Patients With Chronic Back Pain: A Randomized Clinical "
            "Trial. JAMA Psychiatry 2022;79(1):13–23. doi:10.1001/jamapsychiatry.2021.2669",
            "Ashar YK, et al. JAMA Network Open 2023 (the follow-up analysis of pain "
            "attributions).",
            "Tankha H, Lumley MA, Gordon A, et al. \"I don't have chronic back pain anymore\": "
            "Patient experiences in Pain Reprocessing Therapy for chronic back pain. J Pain "
            "2023;24(9):1582–1593.",
            "Sturgeon J, et al. Brief pain reprocessing therapy for fibromyalgia: a "
            "feasibility, acceptability, and preliminary efficacy pilot. Reg Anesth Pain Med "
            "2025.",
            "Fishbein JN, et al. Pain Reprocessing Therapy for migraine: a case series. "
            "Headache 2025;65(9):1660–1665.",
            "Gordon A, Ziv A. The Way Out. 2021.",
        ),
    ),
)


def page(page_id: str) -> LearnPage:
    for candidate in PAGES:
        if candidate.id == page_id:
            return candidate
    raise KeyError(page_id)
