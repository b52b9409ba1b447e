"""Pictures made at load time for the demo cities: no photo is shipped or downloaded."""

import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

# The site's palette (the custom properties at the top of static/css/site.css), so that the
# stand-in for a photo sits calmly on the page: a pale sky, a warm sun, two rows of buildings
# in tints of the accent green, the ground in the accent itself.
WASH = (0xF3, 0xF1, 0xEC)  # --wash: the sky
SUN = (0xF1, 0xDE, 0xBF)  # the call banner's warm tone, lighter
RULE = (0xD7, 0xD3, 0xCA)  # --rule: the far row
TINT = (0x9D, 0xBD, 0xB2)  # --accent over --paper at about 40 %: the near row
ACCENT = (0x0B, 0x5D, 0x4B)  # --accent: the ground


def _row(draw, digest, offset, x_end, horizon, tallest, fill):
    """Buildings side by side along the horizon, their widths and heights read from `digest`."""
    x, index = -20, offset
    while x < x_end:
        byte = digest[index % len(digest)]
        width = 70 + byte % 110
        height = tallest // 3 + (byte * 7) % (tallest * 2 // 3)
        draw.rectangle([x, horizon - height, x + width, horizon], fill=fill)
        x += width + 6 + byte % 10
        index += 1


def skyline_jpeg(seed: str, width=1200, height=800) -> bytes:
    """A pale sky, a low sun and two rows of buildings in the site's colours; the buildings
    differ from city to city (the same for the same seed)."""
    digest = hashlib.sha256(seed.encode()).digest()
    picture = PILImage.new("RGB", (width, height), WASH)
    draw = ImageDraw.Draw(picture)
    horizon = int(height * 0.88)
    sun_x, sun_r = width * (0.2 + (digest[0] % 60) / 100), height // 9
    sun_y = horizon - height * 0.48
    draw.ellipse([sun_x - sun_r, sun_y - sun_r, sun_x + sun_r, sun_y + sun_r], fill=SUN)
    _row(draw, digest, 7, width, horizon, int(height * 0.5), RULE)
    _row(draw, digest, 0, width, horizon, int(height * 0.32), TINT)
    draw.rectangle([0, horizon, width, height], fill=ACCENT)
    output = io.BytesIO()
    picture.save(output, format="JPEG", quality=85)
    return output.getvalue()


def demo_photo(slug: str, title: str):
    # The root collection comes with Wagtail's migrations, but a flushed test database lacks it.
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    image = get_image_model()(title=title, description=title, collection=collection)
    image.file = ImageFile(io.BytesIO(skyline_jpeg(slug)), name=f"demo-{slug}.jpg")
    image.save()
    return image
