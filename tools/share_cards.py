"""Draw the link-preview cards used when a page without an image of its own is shared.

One 1200×630 PNG per language in static/img/, with the site's name in that language.
Run again after changing the name or the colours:

    .venv/bin/python tools/share_cards.py
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
FONTS = Path("/usr/share/fonts/truetype/dejavu")
SIZE = (1200, 630)
NAVY, ACCENT, WHITE, MIST = "#13324a", "#f0b48f", "#ffffff", "#c9d8e2"

CARDS = {
    "es": ("Portal de Prevención de la Tortura", "Defensorías del Pueblo · EPU · OPCAT"),
    "en": ("Torture Prevention Hub", "National Human Rights Institutions · UPR · OPCAT"),
    "pt": (
        "Portal de Prevenção da Tortura",
        "Instituições Nacionais de Direitos Humanos · RPU · OPCAT",
    ),
}


def wrap(draw, text, font, width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    return lines + [line]


def card(title, subtitle):
    image = Image.new("RGB", SIZE, NAVY)
    draw = ImageDraw.Draw(image)
    # The favicon's mark, large, top left.
    draw.rounded_rectangle((80, 80, 200, 200), radius=18, outline=WHITE, width=6)
    draw.polygon(
        [
            (113, 167),
            (113, 113),
            (125, 113),
            (125, 134),
            (155, 134),
            (155, 113),
            (167, 113),
            (167, 167),
            (155, 167),
            (155, 146),
            (125, 146),
            (125, 167),
        ],
        fill=WHITE,
    )
    heading = ImageFont.truetype(str(FONTS / "DejaVuSerif-Bold.ttf"), 76)
    small = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 34)
    y = 260
    for line in wrap(draw, title, heading, 1040):
        draw.text((80, y), line, font=heading, fill=WHITE)
        y += 92
    draw.rectangle((80, y + 24, 200, y + 30), fill=ACCENT)
    draw.text((80, y + 56), subtitle, font=small, fill=MIST)
    return image


def main():
    for language, (title, subtitle) in CARDS.items():
        path = ROOT / "static" / "img" / f"share-card-{language}.png"
        card(title, subtitle).quantize(colors=32).save(path, optimize=True)
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
