"""Who a sentence quotes ('said Devin Shaw') and who it speaks of without their being there
('the late director X', 'X, who could not attend'): words around a name in prose."""

from __future__ import annotations

import re

# Quotation attributions: 'said Devin Shaw', 'Devin Shaw said'.
SAID = re.compile(r"\b(?:said|says|told|added|explained|noted|recalled|according to)\s+$")
SAID_AFTER = re.compile(r"(?:(?:,\s+[^,]{1,80}){1,2},|\s+(?:of|from|at)\s+[A-Z][^,]{1,60}?)?,?\s+(?:said|says|told|added|explained|noted|recalled|pointed|argued|warned|"
                        r"stressed|emphasi[sz]ed|suggested|urged|observed|insisted|admitted|agreed|"
                        r"countered|asked|cautioned|conceded|acknowledged|predicted|pushed\s+back|called\s+for|questioned)\b")
# A person spoken of, not taking part: 'a tribute to the late director X', 'citing X',
# 'X's 1987 film', 'X (1931-2019)', 'X, who could not attend'.
MENTION_BEFORE = re.compile(
    # (and the late in German and Romance prose: "der 2019 verstorbene Regisseur X", "il compianto Y")
    r"\b(?:the late|verstorben(?:e|en|er)?(?:\s+[\w-]+)?|compiant[oa]|scompars[oa]|regrett\u00e9e?|fallecid[oa]|"
    r"difunt[oa]|falecid[oa]|saudos[oa]|tributes? to|in memory of|in hono(?:u)?r of|memorial to|homage to|remember(?:ed|ing)|"
    r"recall(?:ed|ing|s)|"
    r"named (?:after|for)|founded by|established by|cit(?:ed|ing)|quot(?:ed|ing)|invok(?:ed|ing)|"
    r"referenc(?:ed|ing)|referr(?:ed|ing) to|the (?:legacy|work|works|films|career|writings|ideas|"
    r"example|theories|archive|estate) of|inspired by|influenced by|films? by|works? by|"
    r"documentar(?:y|ies) by|directed by|written by|starring|the \w+ Award winner|"
    # "A video greeting was sent by Professor X", "Congratulations also to long-time member Dr Y"
    r"(?:video greeting|greetings|message|letter|apologies)\s+(?:was\s+|were\s+)?sent\s+by|"
    r"congratulations\s+(?:also\s+)?to|writing in [^,]{2,40},|under the (?:gracious\s+)?patronage of|"
    # "opened the event on behalf of the Vice-Chancellor, Prof. X": X was not there
    r"on behalf of (?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*,)\s+"
    r"(?:the\s+)?(?:late\s+)?(?:(?:[a-z-]+\s+){0,2})$", re.IGNORECASE)
MENTION_AFTER = re.compile(
    r"^(?:\s*\((?:b\.\s*)?\d{4}\s*[\u2013\u2014-]\s*\d{4}\)|\s*\((?:d\.|died)\s*\d{4}\)|"
    r",?\s+who (?:died|passed away)|(?:\s*\([^()]{1,40}\))?,?\s+(?:[^.;()]{0,120}?,\s+)?(?:who\s+)?(?:could not|couldn\u2019t|couldn't|"
    r"was unable to|were unable to) (?:attend|be present|join|travel|come)|"
    # "X sent a congratulatory message", "X, who was overseas on university business": away
    r",?\s+(?:who\s+(?:also\s+)?)?sent\s+(?:a\s+|his\s+|her\s+)?(?:congratulatory\s+|video\s+|written\s+)?"
    r"(?:message|letter|greetings?|congratulations)\b|,\s+who\s+(?:was|were|is)\s+(?:overseas|abroad|away|travelling)\b|"
    r",\s+whose\s+(?:office|ministry|department|government|agency)\b|"  # "the Hon. X MP, whose office announced"
    r"(?:\s*\([^()]{1,60}\))?\s*[\u2014\u2013-]\s*sent\s+(?:his\s+|her\s+|their\s+)?(?:regrets|apologies)\b|"  # "Apologies: X (Dean) — sent regrets"
    # "The Head of the X Office, Drs. Hendra Gunawan, was represented by ...": away
    r",?\s+(?:[^.;()]{0,120}?,\s+)?(?:who\s+)?(?:was|were)\s+(?:represented|read(?:\s+out)?)\s+by\b|(?:\u2019s|'s)\s+(?:\d{4}\s+)?(?:classic|landmark|"
    r"seminal|famous|celebrated|acclaimed|debut|last|final)?\s*(?:film|films|documentary|novel|book|"
    r"theory|work|legacy|masterpiece))")
