"""Sample illustrations for the demo pages: abstract, generated (no photograph is invented)."""

import io
import random

from PIL import Image, ImageDraw

PALETTE = [(14, 59, 90), (31, 94, 122), (176, 96, 34), (226, 232, 236), (90, 110, 122)]


def generated_picture(seed, size=(1600, 900)):
    """A small abstract illustration as JPEG bytes; the same seed gives the same picture."""
    rng = random.Random(seed)
    picture = Image.new("RGB", size, PALETTE[seed % 2])
    draw = ImageDraw.Draw(picture)
    width, height = size
    for _ in range(14):
        colour = rng.choice(PALETTE)
        x = rng.randrange(0, width)
        y = rng.randrange(0, height)
        w = rng.randrange(width // 10, width // 3)
        h = rng.randrange(height // 12, height // 2)
        draw.rectangle([x, y, x + w, y + h], fill=colour)
    for i in range(0, width, 80):
        draw.line([(i, 0), (i + height, height)], fill=PALETTE[3], width=2)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=70, optimize=True)
    buffer.seek(0)
    return buffer
