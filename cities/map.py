"""The network map, drawn on the server as inline SVG: no tiles, no script, no other origin.

An equirectangular projection of the inhabited latitudes, a graticule, and one marker per city,
each a link with its name. Names are written beside the markers where they do not collide with
one another; every marker keeps its accessible name and tooltip either way. The list of cities
below the map stays the primary content (Tor Browser's "Safest" level does not draw SVG).
"""

from dataclasses import dataclass

SCALE = 2  # SVG units per degree
NORTH, SOUTH = 75, -56  # latitudes shown: the inhabited world, without the polar regions
WIDTH = 360 * SCALE
HEIGHT = (NORTH - SOUTH) * SCALE
MARKER_RADIUS = 5
FONT_SIZE = 11
CHAR_WIDTH = 0.6 * FONT_SIZE  # a generous average for system sans-serif fonts
GRATICULE_STEP = 30


@dataclass(frozen=True)
class Marker:
    city: object
    x: float
    y: float
    label_x: float | None  # None: the name would collide with another, so only the tooltip shows
    label_y: float
    label_anchor: str
    is_match: bool


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """SVG coordinates of a point; latitudes beyond the map's edges are pinned to them."""
    latitude = max(min(latitude, NORTH), SOUTH)
    return round((longitude + 180) * SCALE, 1), round((NORTH - latitude) * SCALE, 1)


def _label_box(x, y, text, anchor):
    width = len(text) * CHAR_WIDTH
    left = x if anchor == "start" else x - width
    return (left, y - FONT_SIZE, left + width, y + 2)


def _overlaps(box, others):
    return any(
        box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]
        for other in others
    )


def build_map(cities, matching=None):
    """Markers for `cities` (whose `is_match` says whether they pass the reader's filters),
    with labels placed greedily from north to south, on the right of the marker or else on
    its left, and only where they fit."""
    matching_ids = {city.pk for city in (cities if matching is None else matching)}
    points = [
        (city, *project(float(city.latitude), float(city.longitude)))
        for city in sorted(cities, key=lambda city: (-city.latitude, city.longitude))
    ]
    # Every marker is in place before any name, so that no name covers a marker.
    marker_boxes = [
        (x - MARKER_RADIUS, y - MARKER_RADIUS, x + MARKER_RADIUS, y + MARKER_RADIUS)
        for _city, x, y in points
    ]
    label_boxes = []
    markers = []
    for position, (city, x, y) in enumerate(points):
        others = marker_boxes[:position] + marker_boxes[position + 1 :] + label_boxes
        baseline = y + FONT_SIZE / 3
        label = (None, baseline, "start")
        for anchor, label_x in (("start", x + MARKER_RADIUS + 3), ("end", x - MARKER_RADIUS - 3)):
            box = _label_box(label_x, baseline, city.title, anchor)
            inside = box[0] >= 0 and box[2] <= WIDTH and box[1] >= 0 and box[3] <= HEIGHT
            if inside and not _overlaps(box, others):
                label_boxes.append(box)
                label = (label_x, baseline, anchor)
                break
        markers.append(Marker(city, x, y, *label, is_match=city.pk in matching_ids))
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "view_box": f"0 0 {WIDTH} {HEIGHT}",
        "markers": markers,
        "meridians": [
            (longitude + 180) * SCALE
            for longitude in range(-180 + GRATICULE_STEP, 180, GRATICULE_STEP)
        ],
        "parallels": [
            (NORTH - latitude) * SCALE
            for latitude in range(-GRATICULE_STEP, NORTH, GRATICULE_STEP)
            if SOUTH < latitude < NORTH and latitude != 0
        ],
        "equator": NORTH * SCALE,
        "radius": MARKER_RADIUS,
        "font_size": FONT_SIZE,
    }
