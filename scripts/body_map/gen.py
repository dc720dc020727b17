"""Generates resources/body_map.svg and docs/body-regions.csv.

The figure is one smooth outline per view (the viewer's left half, mirrored), cut into regions by
polylines whose ends lie on the outline or on earlier cuts, so neighbouring regions share their
border point for point: no gaps, no overlaps. Each piece is named by the one seed point inside it.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

from geom import Subdivision, area, catmull_rom, catmull_rom_beziers, dedupe, mirror, point_in, rnd

W, H = 400, 1000
GAP = 20
BACK_X = W + GAP

FILL = "#efe6dc"
BORDER = "#d9cbbc"
OUTLINE = "#8a7f74"

# ---------------------------------------------------------------- outline (viewer's left half)
HEAD = [(200, 37), (182, 39.5), (167, 47), (157.5, 61), (153, 82), (153, 106), (156.5, 130),
        (164, 150), (172.5, 163), (176.5, 171)]
NECK_ARM = [(176.5, 171), (176, 184), (174.5, 195), (169, 203), (158, 210), (139, 218),
            (120, 227), (106, 243), (98.5, 266), (95.5, 298), (91, 340), (87, 375), (83.5, 405),
            (79.5, 440), (76, 475), (74, 508)]
HAND_INNER_ARM = [(74, 508), (68.5, 520), (64, 534), (62.5, 547), (65, 557.5), (68.5, 566),
                  (69.5, 582), (72.5, 597), (80, 605.5), (89, 601.5), (94.5, 585), (97.5, 560),
                  (99.5, 535), (101, 510), (105.5, 486), (112.5, 460), (119, 432), (123, 405),
                  (126, 380), (130.5, 350), (135.5, 320), (142, 292)]
TORSO_LEG = [(142, 292), (140.5, 310), (140.5, 340), (143.5, 370), (145, 393), (142, 425),
             (135.5, 455), (131, 483), (130, 510), (132, 550), (136.5, 600), (142, 650),
             (145, 690), (145, 720), (141.5, 768), (146, 825), (155, 866), (161.5, 893)]
FOOT_FRONT = [(161.5, 893), (162.5, 906), (159.5, 919), (155.5, 935), (154, 950), (158.5, 961),
              (171, 966.5), (185.5, 966.5), (194, 962), (197, 950), (196, 932), (194.5, 915),
              (193.5, 900)]
FOOT_BACK = [(161.5, 893), (162.5, 906), (160.5, 922), (161, 942), (167, 957), (180, 964),
             (191.5, 959), (196, 943), (195.5, 922), (194, 908), (193.5, 900)]
INNER_LEG = [(193.5, 900), (192, 870), (189, 825), (188, 775), (190, 730), (191.5, 700),
             (191, 660), (192.5, 610), (196, 560), (200, 526)]


def outline_runs(view: str):
    foot = FOOT_FRONT if view == "front" else FOOT_BACK
    # corners only where the outline really turns back: armpit and crotch
    return [
        (HEAD + NECK_ARM[1:] + HAND_INNER_ARM[1:], (218, 39.5)),
        (TORSO_LEG + foot[1:] + INNER_LEG[1:], None),
    ]


def half_outline(view: str):
    out = []
    for points, phantom in outline_runs(view):
        out = dedupe(out + catmull_rom(points, start_phantom=phantom))
    return out


def full_outline(view: str):
    half = half_outline(view)
    other = [mirror(p) for p in half[::-1]][1:-1]
    return half + other


def outline_beziers(view: str):
    """The outline as exact cubic segments: drawn smooth, while regions use its samples."""
    half = []
    for points, phantom in outline_runs(view):
        half += catmull_rom_beziers(points, start_phantom=phantom)
    other = [tuple(mirror(p) for p in seg[::-1]) for seg in half[::-1]]
    return half + other


# ---------------------------------------------------------------- cuts
def sym(points, spacing=2.5):
    """A cut across the midline from its viewer-left half (ending at x=200)."""
    left = catmull_rom([*points, mirror(points[-2])])
    # keep left half up to the centre, mirror it for the right half
    left = [p for p in left if p[0] < 200] + [rnd((200, points[-1][1]))]
    return left + [mirror(p) for p in left[-2::-1]]


def side(points):
    return catmull_rom(points)


def both(points):
    """The viewer-left cut and its mirror image."""
    return [side(points), side([mirror(p) for p in points])]


LIMB_CUTS = [
    # arm: shoulder cap / upper arm
    [(142, 292), (120, 296), (97, 300)],
    # elbow band
    [(89.5, 372), (124.5, 367)],
    [(85, 420), (121, 414)],
    # wrist band
    [(77.5, 482), (103, 477)],
    [(74, 508), (100, 503)],
    # knee band
    [(145.5, 676), (190.5, 676)],
    [(144.5, 733), (190.5, 733)],
    # ankle band
    [(157, 874), (191.5, 874)],
    [(162.5, 904), (193.7, 904)],
]

FRONT_CUTS = [
    ("chin", sym([(176.5, 170), (189, 177.5), (200, 180)])),
    ("collar", sym([(172, 202), (186, 209), (200, 211)])),
    ("brow", sym([(152.6, 100), (174, 89), (200, 85)])),
    ("chest-bottom", sym([(140.5, 336), (170, 341), (200, 343)])),
    ("abdomen-mid", sym([(143.5, 410), (172, 413), (200, 414)])),
    ("abdomen-bottom", sym([(136, 462), (168, 468), (200, 470)])),
    ("sternum", [(200, 210), (200, 343)]),
]
for pts in (
    [(170, 91.5), (170, 106), (163, 119), (153.8, 125)],      # temple
    [(155.5, 131), (169, 134), (179, 150), (189, 177.2)],     # jaw
    [(158, 210.5), (156, 240), (150, 268), (142, 292)],       # shoulder / chest
    [(200, 526), (182, 518), (158, 509), (131, 502)],         # thigh top (front)
    [(166.6, 467.5), (171, 490), (176, 513.5)],               # groin side
    *LIMB_CUTS,
):
    for k, c in enumerate(both(pts)):
        FRONT_CUTS.append((f"{pts[0]}-{k}", c))
FRONT_CUTS += [
    # the midline, from the crown to the pubic area: head, face, neck and abdomen by side
    ("midline-head", [(200, 37), (200, 85)]),
    ("midline-face", [(200, 85), (200, 180)]),
    ("midline-neck", [(200, 180), (200, 211)]),
    ("midline-abdomen", [(200, 343), (200, 414)]),
    ("midline-lower-abdomen", [(200, 414), (200, 470)]),
    # the pubic area (pelvis) above, the groin between the legs below
    ("pelvis-bottom", sym([(171.5, 494), (186, 497), (200, 498)])),
]

BACK_CUTS = [
    ("skull", sym([(176.5, 170), (190, 173), (200, 174)])),
    ("neck-base", sym([(172, 202), (186, 210), (200, 212)])),
    ("lowback-bottom", sym([(132, 468), (166, 471), (200, 474)])),
]
for pts in (
    [(192, 173.5), (192, 211.5)],                              # cervical strip
    [(192, 211.5), (192, 473.8)],                              # thoracic + lumbar strip
    [(140.5, 336), (170, 338), (192, 339)],                   # upper / middle back
    [(143.5, 410), (170, 411), (192, 411)],                   # middle / lower back
    [(158, 210.5), (156, 240), (150, 268), (142, 292)],       # shoulder
    [(200, 526), (183, 536), (161, 535), (131, 516)],         # gluteal fold
    [(160, 470.5), (157, 500), (155, 534)],                   # hip / buttock
    *LIMB_CUTS,
):
    for k, c in enumerate(both(pts)):
        BACK_CUTS.append((f"{pts[0]}-{k}", c))
for k, c in enumerate(both([(160.8, 931), (177, 934), (195.7, 931)])):
    BACK_CUTS.append((f"heel-sole-{k}", c))                    # heel above, sole below
BACK_CUTS += [
    ("midline-head", [(200, 37), (200, 174)]),
    ("thoracic-lumbar", [(192, 411), (208, 411)]),
    ("sacrum-left", side([(186, 473.5), (193, 492), (200, 505), (200, 526)])),
    ("sacrum-right", side([(214, 473.5), (207, 492), (200, 505)])),
]

# ---------------------------------------------------------------- regions
# (id stem, seed on the viewer's left or on the midline, label template)
# Sides: {side} is the person's side, "right" or "left"; {Side} capitalised.
FRONT_REGIONS = [
    ("head", (186, 62), "Head, {side} side (top and forehead)"),
    ("temple", (160, 108), "{Side} temple"),
    ("face", (188, 120), "Face, {side} side"),
    ("jaw", (168, 148), "Jaw, {side} side"),
    ("neck", (189, 196), "Front of the neck, {side} side"),
    ("shoulder", (118, 258), "{Side} shoulder"),
    ("chest", (172, 280), "Chest, {side} side"),
    ("upper-arm", (112, 330), "{Side} upper arm (front)"),
    ("elbow", (106, 393), "{Side} elbow (inner side)"),
    ("abdomen-upper", (175, 380), "Upper abdomen, {side} side"),
    ("abdomen-lower", (175, 440), "Lower abdomen, {side} side"),
    ("forearm", (94, 450), "{Side} forearm (front)"),
    ("hip", (145, 485), "{Side} hip"),
    ("pelvis", (200, 482), "Pelvis, front (pubic area)"),
    ("groin", (200, 510), "Groin (between the legs)"),
    ("wrist", (89, 494), "{Side} wrist (front)"),
    ("hand", (83, 565), "{Side} palm and fingers"),
    ("thigh", (168, 600), "{Side} thigh (front)"),
    ("knee", (170, 705), "{Side} knee"),
    ("lower-leg", (170, 800), "{Side} shin"),
    ("ankle", (179, 891), "{Side} ankle (front)"),
    ("foot", (180, 940), "Top of the {side} foot"),
]
BACK_REGIONS = [
    ("head", (180, 100), "Back of the head, {side} side"),
    ("neck", (184, 190), "Back of the neck, {side} side"),
    ("spine-cervical", (200, 190), "Spine, neck (cervical)"),
    ("shoulder", (118, 258), "{Side} shoulder (back)"),
    ("upper-back", (166, 280), "Upper back, {side} side"),
    ("spine-thoracic", (200, 300), "Spine, upper and middle (thoracic)"),
    ("upper-arm", (112, 330), "Back of the {side} upper arm"),
    ("middle-back", (168, 375), "Middle back, {side} side"),
    ("elbow", (106, 393), "{Side} elbow (back)"),
    ("lower-back", (168, 440), "Lower back, {side} side"),
    ("spine-lumbar", (200, 440), "Spine, lower (lumbar)"),
    ("forearm", (94, 450), "{Side} forearm (back)"),
    ("spine-sacral", (200, 484), "Spine, base (sacrum and tailbone)"),
    ("hip", (145, 495), "{Side} hip (back)"),
    ("buttock", (176, 505), "{Side} buttock"),
    ("wrist", (89, 494), "{Side} wrist (back)"),
    ("hand", (83, 565), "Back of the {side} hand"),
    ("thigh", (168, 600), "Back of the {side} thigh"),
    ("knee", (170, 705), "Back of the {side} knee"),
    ("lower-leg", (170, 800), "{Side} calf"),
    ("ankle", (179, 891), "{Side} ankle (back)"),
    ("heel", (178, 918), "{Side} heel"),
    ("sole", (178, 948), "Sole of the {side} foot"),
]


# Reading order: row by row from the top, left to right on the screen within a row.
FRONT_ROWS = [["head"], ["temple", "face"], ["jaw"], ["neck"], ["shoulder", "chest"],
              ["upper-arm", "abdomen-upper"], ["elbow"], ["forearm", "abdomen-lower"],
              ["hip", "pelvis"], ["groin"], ["wrist"], ["hand", "thigh"], ["knee"], ["lower-leg"],
              ["ankle"], ["foot"]]
BACK_ROWS = [["head"], ["neck", "spine-cervical"], ["shoulder", "upper-back", "spine-thoracic"],
             ["upper-arm", "middle-back"], ["elbow"], ["lower-back", "spine-lumbar"],
             ["forearm"], ["hip", "buttock", "spine-sacral"], ["wrist"], ["hand", "thigh"],
             ["knee"], ["lower-leg"], ["ankle"], ["heel"], ["sole"]]


def region_specs(view: str):
    """(id, label, seed) in reading order."""
    table = FRONT_REGIONS if view == "front" else BACK_REGIONS
    rows = FRONT_ROWS if view == "front" else BACK_ROWS
    row_of = {stem: k for k, row in enumerate(rows) for stem in row}
    assert sorted(row_of) == sorted(stem for stem, _, _ in table)
    # on the front the viewer's left is the person's right; on the back it is their left
    viewer_left, viewer_right = ("right", "left") if view == "front" else ("left", "right")
    out = []
    for stem, seed, label in table:
        if seed[0] == 200:
            out.append((row_of[stem], seed[0], f"{view}-{stem}", label, seed))
            continue
        for s, pt in ((viewer_left, seed), (viewer_right, mirror(seed))):
            text = label.format(side=s, Side=s.capitalize())
            out.append((row_of[stem], pt[0], f"{view}-{stem}-{s}", text, pt))
    out.sort(key=lambda item: item[:2])
    return [item[2:] for item in out]


def build(view: str):
    outline = full_outline(view)
    sub = Subdivision(outline)
    for name, cut in FRONT_CUTS if view == "front" else BACK_CUTS:
        try:
            sub.cut(name, cut)
        except ValueError as e:
            raise SystemExit(f"{view}: {e}") from None
    specs = region_specs(view)
    named = []
    used = set()
    for rid, label, seed in specs:
        hits = [k for k, p in enumerate(sub.pieces) if point_in(p, *seed)]
        if len(hits) != 1:
            raise SystemExit(f"{view}: seed of {rid} lies in {len(hits)} pieces")
        if hits[0] in used:
            raise SystemExit(f"{view}: {rid} shares a piece with another seed")
        used.add(hits[0])
        poly = sub.pieces[hits[0]]
        if area(poly) < 0:
            poly = poly[::-1]
        named.append((rid, label, poly))
    if len(used) != len(sub.pieces):
        raise SystemExit(f"{view}: {len(sub.pieces) - len(used)} pieces have no seed")
    return outline, named


def fmt(v):
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def pts_attr(poly, dx):
    return " ".join(f"{fmt(x + dx)},{fmt(y)}" for x, y in poly)


def outline_d(segments, dx):
    first = segments[0][0]
    parts = [f"M{fmt(first[0] + dx)},{fmt(first[1])}"]
    for _p1, c1, c2, p2 in segments:
        parts.append("C" + " ".join(f"{fmt(x + dx)},{fmt(y)}" for x, y in (c1, c2, p2)))
    return " ".join(parts) + " Z"


def svg(views):
    total_w = BACK_X + W
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{total_w}" height="{H}" '
        f'viewBox="0 0 {total_w} {H}">',
        "  <title>Body map, front and back</title>",
        "  <desc>Two views side by side, each in its group (view-front, view-back) with an "
        "invisible frame rectangle that defines its coordinates. Every element with "
        "class=\"region\" is one body region: its id is the stable region id (never rename "
        "one; split it into new ids instead), its title the label. Left and right are the "
        "person's own: on the front view their left is on the viewer's right. Neighbouring "
        "regions repeat their shared border point for point, so together they tile the "
        "silhouette without gaps or overlaps; no transforms anywhere. "
        "docs/body-regions.csv lists the same regions in the same order, and "
        "tests/test_body_map.py checks both.</desc>",
    ]
    for view, dx in (("front", 0), ("back", BACK_X)):
        _outline, named = views[view]
        curves = outline_beziers(view)
        cx = dx + 200
        lines += [
            f'  <g id="view-{view}">',
            f'    <rect id="{view}-frame" x="{dx}" y="0" width="{W}" height="{H}" '
            'fill="none" stroke="none"/>',
            f'    <ellipse id="{view}-ground" cx="{cx}" cy="966" rx="62" ry="9" '
            f'fill="{OUTLINE}" fill-opacity="0.10" stroke="none"/>',
            f'    <path id="{view}-silhouette" d="{outline_d(curves, dx)}" fill="{FILL}" '
            'stroke="none"/>',
            f'    <g id="{view}-regions" fill="{FILL}" stroke="{BORDER}" stroke-width="1.3" '
            'stroke-linejoin="round">',
        ]
        for rid, label, poly in named:
            lines.append(f'      <polygon id="{rid}" class="region" points="{pts_attr(poly, dx)}">'
                         f"<title>{label}</title></polygon>")
        lines += [
            "    </g>",
            f'    <path id="{view}-outline" d="{outline_d(curves, dx)}" fill="none" '
            f'stroke="{OUTLINE}" stroke-width="2.2" stroke-linejoin="round"/>',
            "  </g>",
        ]
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def main(root: Path):
    views = {v: build(v) for v in ("front", "back")}
    (root / "resources" / "body_map.svg").write_text(svg(views), encoding="utf-8")
    with open(root / "docs" / "body-regions.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "view", "label"])
        for view in ("front", "back"):
            for rid, label, _ in views[view][1]:
                w.writerow([rid, view, label])
    for view in ("front", "back"):
        print(view, len(views[view][1]), "regions")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2])
