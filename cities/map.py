"""The network map, drawn on the server as inline SVG: no tiles, no script, no other origin.

What it shows. Land from Natural Earth (public domain, 1:110m; see scripts/make_land_outline.py,
which wrote `cities/data/land.json`) in an equirectangular projection with a standard parallel at
30°, cropped to where the network's cities are: from the Pacific coast of the Americas to Japan,
from the North Cape to the Cape of Good Hope. The nine Dutch cities are a few kilometres apart,
so they are drawn in an inset (the Netherlands magnified, with its own land, the Dutch border and
names, in the top left corner over North America and the North Atlantic, where the network has
no city) and a small rectangle on the main map shows where it is: every city stays a link of its
own, none hides another. Cities outside the crop are pinned to its edge.

Names. Each marker's name may go beside it on the reading side, on the other side, above or
below it (on the right first in left-to-right languages, on the left in Arabic: `rtl` mirrors
the text-anchor, while the svg element keeps `direction: ltr` in the stylesheet because its
coordinates run left to right). A position counts only inside its panel (the map or the inset),
clear of every marker and of the inset, and nearer to its own marker than to any other. A short
search then finds a position for every name with no two overlapping; if there is none, for every
matching city (the reader's filter) and as many others as fit; if there is still none, greedily.
Widths are estimated generously per script (Latin capitals, Cyrillic and Arabic letters count
wider than Latin lower case; a browser test measures them). A matching city whose name fits
nowhere gets a number in its marker and an entry in a numbered list under the map; other cities
keep their accessible name and tooltip.

Phones. Below 40rem of viewport the map is not shown (site.css): at 360 px a map of three
continents is about 330 px wide, its names would be 5 px high and its markers far smaller than
a finger. The list of cities that follows it is the primary content anyway (Tor Browser's
"Safest" level does not draw SVG either), with the same links, names and countries, and the
filter above it does what the highlighted markers do. The reader on a phone gets the list
sooner, and nothing of the map's information is lost.
"""

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django_countries import countries

LAND = Path(__file__).with_name("data") / "land.json"

# The main map: an equirectangular projection with a standard parallel at 30°.
WEST, EAST = -124, 146
NORTH, SOUTH = 74, -36
STANDARD_PARALLEL = 30
WIDTH = 820
SCALE = WIDTH / ((EAST - WEST) * math.cos(math.radians(STANDARD_PARALLEL)))  # units per degree
HEIGHT = round((NORTH - SOUTH) * SCALE)

# The inset: the Netherlands, magnified, in the map's top left corner.
INSET_COUNTRY = "NL"
INSET_WEST, INSET_EAST = 0.8, 8.4
INSET_NORTH, INSET_SOUTH = 53.5, 50.6
INSET_PARALLEL = 52
INSET_SCALE = 62  # units per degree of latitude
INSET_X, INSET_Y = 4, 4  # its top left corner on the main map
INSET_WIDTH = round(
    (INSET_EAST - INSET_WEST) * math.cos(math.radians(INSET_PARALLEL)) * INSET_SCALE
)
INSET_HEIGHT = round((INSET_NORTH - INSET_SOUTH) * INSET_SCALE)

MARKER_RADIUS = 5
NUMBERED_RADIUS = 8
FONT_SIZE = 13
GAP = 3  # between a marker and its name


@dataclass(frozen=True)
class Label:
    x: float
    y: float  # the baseline
    anchor: str  # "start", "middle" or "end", in the svg's left-to-right coordinates
    box: tuple[float, float, float, float]  # left, top, right, bottom: room the name may take


@dataclass(frozen=True)
class Marker:
    city: object
    x: float
    y: float
    label: Label | None  # None: the name fits nowhere (see `number`)
    number: int | None  # a matching city without a label: its number in the list under the map
    is_match: bool
    in_inset: bool

    @property
    def radius(self):
        return NUMBERED_RADIUS if self.number else MARKER_RADIUS


def project(latitude: float, longitude: float, precision: int | None = 1, pin=True):
    """Main map coordinates of a point; points beyond the map's edges are pinned to them
    (unless `pin` is false: the land beyond them, which scripts/make_land_outline.py clips)."""
    if pin:
        latitude = max(min(latitude, NORTH), SOUTH)
        longitude = max(min(longitude, EAST), WEST)
    x = (longitude - WEST) * math.cos(math.radians(STANDARD_PARALLEL)) * SCALE
    y = (NORTH - latitude) * SCALE
    return (x, y) if precision is None else (round(x, precision), round(y, precision))


def project_inset(latitude: float, longitude: float, precision: int | None = 1):
    """Main map coordinates of a point of the inset (within its bounds)."""
    x = INSET_X + (longitude - INSET_WEST) * math.cos(math.radians(INSET_PARALLEL)) * INSET_SCALE
    y = INSET_Y + (INSET_NORTH - latitude) * INSET_SCALE
    return (x, y) if precision is None else (round(x, precision), round(y, precision))


def in_inset(latitude: float, longitude: float) -> bool:
    return INSET_SOUTH <= latitude <= INSET_NORTH and INSET_WEST <= longitude <= INSET_EAST


@cache
def land():
    """The land outlines as SVG path data, projected already (cities/data/land.json)."""
    return json.loads(LAND.read_text())


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """A generous estimate of the width of `text` in a system sans-serif font (DejaVu Sans, the
    widest common fallback, measures less in every language the site has)."""
    em = 0.0
    for char in text:
        if char == " ":
            em += 0.34
        elif char in ".,-'’":
            em += 0.4
        elif "\u0600" <= char <= "\u06ff":
            em += 0.62  # Arabic: joined letters vary from narrow to wide
        elif "\u0400" <= char <= "\u04ff":
            em += 0.78 if char.isupper() else 0.66
        elif char.isupper():
            em += 0.76
        else:
            em += 0.62
    return em * size + 2


def overlaps(box, other) -> bool:
    return box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]


def _box(x, baseline, width, anchor):
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    # Arabic and accented capitals reach higher and lower than Latin letters.
    return (left, baseline - FONT_SIZE * 0.95, left + width, baseline + FONT_SIZE * 0.32)


def _candidates(x, y, rtl):
    """Where a name may go around a marker at (x, y), best first: beside it on the reading side,
    then on the other side, then above and below (not at the diagonals: there a name reads as
    the neighbour's when it is level with it)."""
    after, before = ("end", -1), ("start", 1)
    if not rtl:
        after, before = ("start", 1), ("end", -1)
    middle = y + FONT_SIZE * 0.35
    side = MARKER_RADIUS + GAP
    above = y - side - FONT_SIZE * 0.32
    below = y + side + FONT_SIZE * 0.95
    for anchor, sign in (after, before):
        yield x + sign * side, middle, anchor
    yield x, above, "middle"
    yield x, below, "middle"


def _distance(box, x, y):
    dx = max(box[0] - x, 0, x - box[2])
    dy = max(box[1] - y, 0, y - box[3])
    return math.hypot(dx, dy)


def _options(point, obstacles, bounds, rtl, others=()):
    """The labels a city may have, best first: inside the panel, clear of every marker, and
    nearer to its own marker than to any other (`others`: the other markers' centres), so that
    no name seems to belong to a neighbour."""
    city, x, y = point
    width = text_width(city.title)
    options = []
    for label_x, baseline, anchor in _candidates(x, y, rtl):
        box = _box(label_x, baseline, width, anchor)
        inside = (
            box[0] >= bounds[0]
            and box[1] >= bounds[1]
            and box[2] <= bounds[2]
            and box[3] <= bounds[3]
        )
        if not inside or any(overlaps(box, other) for other in obstacles):
            continue
        # The words themselves, without the room kept for accents and descenders.
        core = (box[0], baseline - FONT_SIZE * 0.72, box[2], baseline)
        own = _distance(core, x, y)
        if all(_distance(core, *other) > own for other in others):
            options.append(Label(label_x, baseline, anchor, box))
    return options


def _search(points, options, budget=5000):
    """A label for every one of `points` with no two overlapping, by depth-first search (the
    most constrained city first, each city's best positions first), or None when there is no
    such layout or the search runs out of `budget` steps."""
    order = sorted(range(len(points)), key=lambda index: len(options[index]))
    chosen = {}
    steps = 0

    def assign(position):
        nonlocal steps
        if position == len(order):
            return True
        index = order[position]
        for label in options[index]:
            steps += 1
            if steps > budget:
                return False
            if not any(overlaps(label.box, other.box) for other in chosen.values()):
                chosen[index] = label
                if assign(position + 1):
                    return True
                del chosen[index]
        return False

    return [chosen[index] for index in range(len(points))] if assign(0) else None


def _greedy(points, options, taken):
    labels = []
    for index in range(len(points)):
        label = next(
            (
                label
                for label in options[index]
                if not any(overlaps(label.box, other) for other in taken)
            ),
            None,
        )
        if label:
            taken.append(label.box)
        labels.append(label)
    return labels


def _place(points, obstacles, bounds, rtl, is_match):
    """A label (or None) for each (city, x, y) of `points`, which come in order of priority:
    every city named if that is possible, else every matching city and as many others as fit,
    else as many matching cities as fit, in order."""
    centres = [(x, y) for _city, x, y in points]
    options = [
        _options(point, obstacles, bounds, rtl, centres[:index] + centres[index + 1 :])
        for index, point in enumerate(points)
    ]
    labels = _search(points, options)
    if labels is not None:
        return labels
    matches = [index for index, point in enumerate(points) if is_match(point[0])]
    labels = _search([points[index] for index in matches], [options[i] for i in matches])
    if labels is None:
        labels = _greedy([points[index] for index in matches], [options[i] for i in matches], [])
    result = dict(zip(matches, labels, strict=True))
    others = [index for index in range(len(points)) if index not in result]
    taken = [label.box for label in labels if label]
    for index, label in zip(
        others,
        _greedy([points[index] for index in others], [options[i] for i in others], taken),
        strict=True,
    ):
        result[index] = label
    return [result[index] for index in range(len(points))]


def _marker_box(x, y, radius=MARKER_RADIUS):
    return (x - radius, y - radius, x + radius, y + radius)


def _path_bounds(points):
    return (
        min(point[0] for point in points),
        min(point[1] for point in points),
        max(point[0] for point in points),
        max(point[1] for point in points),
    )


def build_map(cities, matching=None, rtl=False):
    """The map of `cities`, those in `matching` (all by default) highlighted; `rtl` for readers
    of a right-to-left language. Returns what templates/components/cities/network_map.html
    draws."""
    matching_ids = {city.pk for city in (cities if matching is None else matching)}
    outlines = land()
    inset_cities = [
        city for city in cities if in_inset(float(city.latitude), float(city.longitude))
    ]
    main_cities = [city for city in cities if city not in inset_cities]  # tens of cities

    def points(group, projection):
        return [(city, *projection(float(city.latitude), float(city.longitude))) for city in group]

    def is_match(city):
        return city.pk in matching_ids

    def priority(point):
        city = point[0]
        return (city.pk not in matching_ids, -city.latitude, city.longitude)

    main_points = sorted(points(main_cities, project), key=priority)
    inset_points = sorted(points(inset_cities, project_inset), key=priority)

    inset = None
    obstacles = [_marker_box(x, y) for _city, x, y in main_points]
    if inset_points:
        box = (INSET_X, INSET_Y, INSET_X + INSET_WIDTH, INSET_Y + INSET_HEIGHT)
        focus = _path_bounds([project(INSET_NORTH, INSET_WEST), project(INSET_SOUTH, INSET_EAST)])
        title = str(countries.name(INSET_COUNTRY))
        title_width = text_width(title)
        title_x = box[2] - 6 if rtl else box[0] + 6
        title_y = box[1] + 4 + FONT_SIZE
        title_box = _box(title_x, title_y, title_width, "end" if rtl else "start")
        inset_obstacles = [title_box] + [_marker_box(x, y) for _city, x, y in inset_points]
        inset_labels = _place(
            inset_points,
            inset_obstacles,
            (box[0] + 2, box[1] + 2, box[2] - 2, box[3] - 2),
            rtl,
            is_match,
        )
        inset = {
            "x": box[0],
            "y": box[1],
            "width": INSET_WIDTH,
            "height": INSET_HEIGHT,
            "box": box,
            "title": title,
            "title_x": title_x,
            "title_y": title_y,
            "title_anchor": "end" if rtl else "start",
            "focus": focus,
            "focus_width": round(focus[2] - focus[0], 1),
            "focus_height": round(focus[3] - focus[1], 1),
            # From the rectangle on the main map, level, to the inset's edge.
            "connector": (focus[0], (focus[1] + focus[3]) / 2, box[2], (focus[1] + focus[3]) / 2),
            "land": outlines["inset_land"],
            "country": outlines["inset_country"],
        }
        obstacles += [(box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2), focus]
    main_labels = _place(main_points, obstacles, (2, 2, WIDTH - 2, HEIGHT - 2), rtl, is_match)

    markers = []
    number = 0
    placed = list(zip(main_points, main_labels, [False] * len(main_points), strict=True))
    if inset:
        placed += list(zip(inset_points, inset_labels, [True] * len(inset_points), strict=True))
    for (city, x, y), label, inside in placed:
        is_match = city.pk in matching_ids
        numbered = None
        if label is None and is_match:
            number += 1
            numbered = number
        markers.append(Marker(city, x, y, label, numbered, is_match, inside))
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "view_box": f"0 0 {WIDTH} {HEIGHT}",
        "land": outlines["world"],
        "markers": [marker for marker in markers if not marker.in_inset],
        "inset_markers": [marker for marker in markers if marker.in_inset],
        "numbered": [marker for marker in markers if marker.number],
        "inset": inset,
        "font_size": FONT_SIZE,
    }
