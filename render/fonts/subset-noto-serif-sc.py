"""Writes the GB 2312 subset of a Noto Serif SC face that secnotes-fonts ships.

Kept: every character the font maps that is not a Han ideograph (Latin, Cyrillic, Greek, Kana,
CJK and full-width punctuation, symbols); the 6,763 Han characters of GB 2312, read from
Python's gb2312 codec; and the Han characters listed in extra-han.txt (those the templates or
the example notes use that GB 2312 lacks). Dropped: the other ideographs of the Unified block,
Extensions A and B, the compatibility ideographs and the radicals; and the format 14 cmap
(variation sequences), which PDFBox ignores with a warning on every parse. Outlines stay glyf,
the name table (copyright, licence) stays whole, layout tables keep fontTools' default features.

Usage: python3 subset-noto-serif-sc.py IN.ttf OUT.ttf extra-han.txt
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTFont


def is_han(cp):
    return (0x2E80 <= cp <= 0x2FDF or 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF
            or 0xF900 <= cp <= 0xFAFF or cp >= 0x20000)


def gb2312():
    chars = set()
    for lead in range(0xB0, 0xF8):  # rows 16-87: the Han characters
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([lead, trail]).decode("gb2312")))
            except UnicodeDecodeError:
                pass  # row 55 ends at 0xF9
    return chars


def main(in_path, out_path, extra_path):
    # recalcTimestamp=False keeps the head table's dates: the output depends on the inputs only.
    font = TTFont(in_path, recalcTimestamp=False)
    mapped = set(font.getBestCmap())
    han = gb2312()
    assert len(han) == 6763, len(han)
    with open(extra_path, encoding="utf-8") as extra:
        for line in extra:
            text = line.split("#", 1)[0].strip()
            han.update(ord(c) for c in text if not c.isspace())
    missing = sorted(cp for cp in han if cp not in mapped)
    if missing:
        sys.exit("the font has no glyph for " + " ".join("U+%04X" % cp for cp in missing))
    keep = {cp for cp in mapped if not is_han(cp)} | han

    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format != 14]
    font.save(out_path)


if __name__ == "__main__":
    main(*sys.argv[1:])
