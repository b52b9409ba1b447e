"""Pictures made at load time for the demo cities: no photo is shipped or downloaded."""

import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection


def _palette(seed: str):
    digest = hashlib.sha256(seed.encode()).digest()
    sky = (40 + digest[0] % 80, 90 + digest[1] % 100, 120 + digest[2] % 110)
    ground = (20 + digest[3] % 60, 60 + digest[4] % 60, 50 + digest[5] % 60)
    return digest, sky, ground


def skyline_jpeg(seed: str, width=1200, height=800) -> bytes:
    """A sky, a horizon and a row of buildings, the same for the same seed."""
    digest, sky, ground = _palette(seed)
    picture = PILImage.new("RGB", (width, height), sky)
    draw = ImageDraw.Draw(picture)
    for row in range(height // 2):  # the sky lightens towards the horizon
        shade = tuple(min(255, channel + row // 4) for channel in sky)
        draw.line([(0, row), (width, row)], fill=shade)
    horizon = int(height * 0.62)
    x = 0
    index = 0
    while x < width:
        byte = digest[index % len(digest)]
        building_width = 60 + byte % 90
        building_height = 120 + (byte * 7) % 260
        tone = tuple(max(0, channel - 30 - byte % 40) for channel in sky)
        draw.rectangle([x, horizon - building_height, x + building_width, horizon], fill=tone)
        x += building_width + byte % 12
        index += 1
    draw.rectangle([0, horizon, width, height], fill=ground)
    output = io.BytesIO()
    picture.save(output, format="JPEG", quality=80)
    return output.getvalue()


def demo_photo(slug: str, title: str):
    # The root collection comes with Wagtail's migrations, but a flushed test database lacks it.
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    image = get_image_model()(title=title, description=title, collection=collection)
    image.file = ImageFile(io.BytesIO(skyline_jpeg(slug)), name=f"demo-{slug}.jpg")
    image.save()
    return image
