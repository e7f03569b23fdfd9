"""Letters of the Latin alphabets a page's names are written in, as regular-expression
classes: beside A-Z, the capitals and small letters of Latin-1, Latin Extended-A and -B
("Ł", "Ş", "İ", "Đ") and Latin Extended Additional (Vietnamese "Trần", "Đỗ")."""

from __future__ import annotations

import re

_RANGES = [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
CAPITAL = "A-Z" + re.escape("".join(c for c in map(chr, _RANGES) if c.isupper()))
SMALL = "a-z" + re.escape("".join(c for c in map(chr, _RANGES) if c.islower()))
LETTERS = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
