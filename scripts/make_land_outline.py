"""Write cities/data/land.json: the land outlines the network map draws (cities/map.py).

Where the data comes from: Natural Earth (https://www.naturalearthdata.com/), whose maps are in
the public domain ("No permission is needed to use Natural Earth. Crediting the authors is
unnecessary", naturalearthdata.com/about/terms-of-use/). We read it as TopoJSON from the npm
package world-atlas 2 (Mike Bostock, ISC licence for the packaging; the geometry stays Natural
Earth's): `land-110m.json` (1:110m land) for the main map, `land-50m.json` (1:50m land) and
`countries-50m.json` (the Dutch border) for the inset of the Netherlands.

What it writes: three SVG path strings, already projected with the map's own functions
(`cities.map.project` and `project_inset`), clipped to the map and the inset, simplified,
rounded to whole units and written as relative moves; islands too small to see are dropped. The
file is a few kilobytes and is committed, so the site downloads nothing at run time.

To run it again (after changing the map's projection, crop or inset in cities/map.py):

    npm pack world-atlas@2          # writes world-atlas-2.0.2.tgz; nothing else is installed
    uv run --frozen python scripts/make_land_outline.py world-atlas-2.0.2.tgz
"""

import argparse
import itertools
import json
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cities import map as network_map  # noqa: E402

OUTPUT = ROOT / "cities" / "data" / "land.json"
MIN_AREA = 4  # square units: smaller islands are not drawn
TOLERANCE = 0.6  # units: how far the simplified coast may stray from the original


def read_topojson(archive, name):
    with tarfile.open(archive) as tar:
        return json.load(tar.extractfile(f"package/{name}"))


def decode_arcs(topology):
    """Absolute (longitude, latitude) points of each arc of a quantized TopoJSON topology."""
    (scale_x, scale_y), (translate_x, translate_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + translate_x, y * scale_y + translate_y))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return unwrap(points)


def unwrap(points):
    """A ring crossing the antimeridian (Fiji, Chukotka, the Aleutians) continues past ±180°
    instead of jumping across the whole map; the bulk of it stays within ±180°."""
    if not any(abs(a[0] - b[0]) > 180 for a, b in itertools.pairwise(points)):
        return points
    offset, previous, result = 0, points[0][0], []
    for longitude, latitude in points:
        if longitude - previous > 180:
            offset -= 360
        elif previous - longitude > 180:
            offset += 360
        previous = longitude
        result.append((longitude + offset, latitude))
    mean = sum(longitude for longitude, _latitude in result) / len(result)
    shift = -360 if mean > 180 else 360 if mean < -180 else 0
    return [(longitude + shift, latitude) for longitude, latitude in result]


def polygons(topology, geometries):
    """Every ring (outer and holes alike: the path is filled with the even-odd rule)."""
    arcs = decode_arcs(topology)
    for geometry in geometries:
        shapes = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for shape in shapes:
            for ring in shape:
                yield ring_points(ring, arcs)


def clip(points, left, top, right, bottom):
    """Sutherland-Hodgman clipping of a ring to a rectangle."""
    edges = [
        (lambda p: p[0] >= left, lambda a, b: _cross_x(a, b, left)),
        (lambda p: p[0] <= right, lambda a, b: _cross_x(a, b, right)),
        (lambda p: p[1] >= top, lambda a, b: _cross_y(a, b, top)),
        (lambda p: p[1] <= bottom, lambda a, b: _cross_y(a, b, bottom)),
    ]
    for inside, cross in edges:
        if not points:
            break
        result = []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    result.append(cross(previous, point))
                result.append(point)
            elif inside(previous):
                result.append(cross(previous, point))
            previous = point
        points = result
    return points


def _cross_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _cross_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def simplify(points, tolerance):
    """Douglas-Peucker, iteratively (coasts have thousands of points)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = ((bx - ax) ** 2 + (by - ay) ** 2) ** 0.5
        farthest, distance = None, tolerance
        for index in range(first + 1, last):
            px, py = points[index]
            if length:
                d = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            else:
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > distance:
                farthest, distance = index, d
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def area(points):
    return abs(
        sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:] + points[:1], strict=True))
        / 2
    )


def path(rings, project, bounds):
    """SVG path data: each ring projected, clipped, simplified, rounded, relative."""
    parts = []
    for ring in rings:
        projected = [project(lat, lon, precision=None) for lon, lat in ring]
        projected = clip(projected, *bounds)
        projected = simplify(projected + projected[:1], TOLERANCE)[:-1]
        rounded = []
        for x, y in projected:
            point = (round(x), round(y))
            if not rounded or point != rounded[-1]:
                rounded.append(point)
        while len(rounded) > 1 and rounded[-1] == rounded[0]:
            rounded.pop()
        if len(rounded) < 3 or area(rounded) < MIN_AREA:
            continue
        (x, y), moves = rounded[0], []
        for nx, ny in rounded[1:]:
            moves.append(f"{nx - x} {ny - y}")
            x, y = nx, ny
        parts.append(f"M{rounded[0][0]} {rounded[0][1]}l" + " ".join(moves) + "z")
    return "".join(parts).replace(" -", "-")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", help="world-atlas-2.x.y.tgz, from `npm pack world-atlas@2`")
    archive = parser.parse_args().archive
    m = network_map

    land_110m = read_topojson(archive, "land-110m.json")
    land_50m = read_topojson(archive, "land-50m.json")
    countries_50m = read_topojson(archive, "countries-50m.json")
    inset_bounds = (m.INSET_X, m.INSET_Y, m.INSET_X + m.INSET_WIDTH, m.INSET_Y + m.INSET_HEIGHT)
    inset_country = [
        geometry
        for geometry in countries_50m["objects"]["countries"]["geometries"]
        if geometry["properties"]["name"] == "Netherlands"
    ]
    data = {
        "source": "Natural Earth (public domain), via world-atlas 2: scripts/make_land_outline.py",
        "world": path(
            polygons(land_110m, land_110m["objects"]["land"]["geometries"]),
            lambda latitude, longitude, precision: m.project(latitude, longitude, precision, False),
            (-1, -1, m.WIDTH + 1, m.HEIGHT + 1),
        ),
        "inset_land": path(
            polygons(land_50m, land_50m["objects"]["land"]["geometries"]),
            _inset_projection(m),
            inset_bounds,
        ),
        "inset_country": path(
            polygons(countries_50m, inset_country), _inset_projection(m), inset_bounds
        ),
    }
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(json.dumps(data, indent=1) + "\n")
    print(f"{OUTPUT.relative_to(ROOT)}: {OUTPUT.stat().st_size} bytes")


def _inset_projection(m):
    """The inset's projection, for points near it too (land reaching beyond its box is
    clipped; points far away would only slow the clipping)."""

    def project(latitude, longitude, precision=None):
        latitude = max(min(latitude, m.INSET_NORTH + 5), m.INSET_SOUTH - 5)
        longitude = max(min(longitude, m.INSET_EAST + 8), m.INSET_WEST - 8)
        return m.project_inset(latitude, longitude, precision)

    return project


if __name__ == "__main__":
    main()
