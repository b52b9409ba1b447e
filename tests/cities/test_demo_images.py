"""The picture the demo gives a city instead of a photo: drawn in the site's own colours."""

import io
import re
from pathlib import Path

from django.conf import settings
from PIL import Image

from cities.demo import images

STYLESHEET = Path(settings.BASE_DIR) / "static" / "css" / "site.css"


def css_colour(name):
    """An RGB colour declared as a custom property at the top of the stylesheet."""
    value = re.search(rf"--{name}:\s*#([0-9a-fA-F]{{6}});", STYLESHEET.read_text()).group(1)
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def test_the_stand_in_picture_is_drawn_in_the_sites_colours():
    assert css_colour("wash") == images.WASH
    assert css_colour("rule") == images.RULE
    assert css_colour("accent") == images.ACCENT
    palette = [images.WASH, images.SUN, images.RULE, images.TINT, images.ACCENT]
    picture = Image.open(io.BytesIO(images.skyline_jpeg("the-hague"))).convert("RGB")
    pixels = picture.width * picture.height
    near = sum(
        count
        for count, colour in picture.getcolors(maxcolors=pixels)
        if min(sum(abs(a - b) for a, b in zip(colour, p, strict=True)) for p in palette) <= 12
    )
    assert near / pixels > 0.97  # nothing else but the edges' blur


def test_each_city_gets_its_own_skyline_the_same_each_time():
    assert images.skyline_jpeg("the-hague") == images.skyline_jpeg("the-hague")
    assert images.skyline_jpeg("the-hague") != images.skyline_jpeg("kampala")
