"""Reading the shapes of SVG `<polygon points>` and `<path d>` into flattened rings of points.

Only what the body-map drawing uses: M, L, C, Q and Z, absolute or relative; curves are flattened
to straight pieces. Anything else is refused with a message naming what is wrong.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

Point = tuple[float, float]
Fail = Callable[[str], Exception]  # makes the error to raise, given what is wrong

_PATH_TOKEN = re.compile(
    r"(?P<cmd>[A-Za-z])|(?P<num>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)|(?P<sep>[\s,]+)|(?P<bad>.)"
)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_CURVE_STEPS = 16  # straight pieces per Bézier segment; plenty for shapes a finger points at


def parse_points(text: str, fail: Fail) -> list[Point]:
    numbers = [float(n) for n in _NUMBER.findall(text)]
    if _NUMBER.sub("", text).strip(" \t\r\n,"):
        raise fail("the points attribute holds something other than numbers")
    if len(numbers) % 2:
        raise fail("the points attribute has an odd count of numbers")
    return list(zip(numbers[::2], numbers[1::2], strict=True))


def path_tokens(d: str, fail: Fail) -> Iterator[str | float]:
    for match in _PATH_TOKEN.finditer(d):
        if match.lastgroup == "cmd":
            command = match.group()
            if command not in "MmLlCcQqZz":
                raise fail(
                    f'unsupported path command "{command}" (only M, L, C, Q and Z are allowed)'
                )
            yield command
        elif match.lastgroup == "num":
            yield float(match.group())
        elif match.lastgroup == "bad":
            raise fail(f'unexpected character "{match.group()}" in the path data')


def parse_path(d: str, fail: Fail) -> list[list[Point]]:
    """Subpaths of `d`, curves flattened, each treated as closed."""
    tokens = list(path_tokens(d, fail))
    rings: list[list[Point]] = []
    ring: list[Point] = []
    i = 0
    command = ""
    cur = start = (0.0, 0.0)

    def numbers(count: int) -> list[float]:
        nonlocal i
        values = tokens[i : i + count]
        if len(values) < count or not all(isinstance(v, float) for v in values):
            raise fail(f'the path command "{command}" is missing numbers')
        i += count
        return values  # type: ignore[return-value]

    def absolute(x: float, y: float) -> Point:
        return (cur[0] + x, cur[1] + y) if command.islower() else (x, y)

    while i < len(tokens):
        token = tokens[i]
        if isinstance(token, str):
            command = token
            i += 1
        elif not command or command in "Zz":
            raise fail("the path data starts or continues with numbers but no command")
        if command in "Zz":
            if ring:
                rings.append(ring)
            ring = []
            cur = start
            continue
        if command in "Mm":
            if ring:
                rings.append(ring)
            cur = start = absolute(*numbers(2))
            ring = [cur]
            command = "l" if command == "m" else "L"  # further pairs are line-tos
            continue
        if not ring:
            ring = [cur]
        if command in "Ll":
            cur = absolute(*numbers(2))
            ring.append(cur)
        elif command in "Cc":
            values = numbers(6)
            c1, c2, end = (absolute(*values[k : k + 2]) for k in (0, 2, 4))
            ring.extend(bezier((cur, c1, c2, end)))
            cur = end
        else:  # Q or q
            values = numbers(4)
            c1, end = (absolute(*values[k : k + 2]) for k in (0, 2))
            ring.extend(bezier((cur, c1, end)))
            cur = end
    if ring:
        rings.append(ring)
    return rings


def bezier(points: tuple[Point, ...]) -> list[Point]:
    """Points along a quadratic or cubic Bézier after its start, by de Casteljau."""
    out = []
    for step in range(1, _CURVE_STEPS + 1):
        t = step / _CURVE_STEPS
        level = list(points)
        while len(level) > 1:
            level = [
                (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
                for a, b in itertools.pairwise(level)
            ]
        out.append(level[0])
    return out
