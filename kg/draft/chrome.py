"""The site around a page copied from the browser: the skip links, menus, language switches,
breadcrumbs and cookie banners above its title, which are no part of the page."""

from __future__ import annotations

import re

from kg.draft.event_facts import event_type

# The top of a web page above its title: skip links, menus, language switches, breadcrumbs.
CHROME_LINES = 12
NAV_WORDS = frozenset("""home about contact search menu news events apply visit give study research
business admissions login log sign register donate subscribe share print es en fr de zh cn
calendar alumni academics library students staff faculty careers media press jobs
english español français deutsch sitemap 中文 한국어 日本語 edition
facebook linkedin instagram twitter youtube tiktok weibo wechat whatsapp email eventbrite meetup
""".split())


def is_breadcrumbs(line: str) -> bool:
    """'Home / News / 2025 / May', 'Home/School News': where the page sits on its site."""
    return bool(re.search(r"\s(?:/|>>?|\u203a|\u00bb)\s|\w/\w", line) and
                re.match(r"(?i)(?:home|inicio|accueil|start|blog|news|events|stories|press|newsroom|media)\b", line))


def is_chrome(line: str) -> bool:
    """'Skip to main content', 'Study  Research  Business  About', 'ES | EN', 'Home / News /
    2025 / May': what a site shows above every page, not the page's title."""
    if re.match(r"(?i)(?:skip|jump)\s+(?:to\s+)?(?:the\s+)?(?:main\s+)?(?:content|navigation|menu)\b", line):
        return True
    if re.search(r"(?i)\bcookies\b", line) and re.search(r"(?i)\b(?:accept|consent|preferences|policy|settings)\b", line):
        return True  # a cookie banner
    if is_breadcrumbs(line):
        return True
    if re.fullmatch(r"[a-z][\w.-]*", line.strip()):
        return True  # "ticketwave", "eventbrite": a site's name in its logo's lower case
    words = re.findall(r"[^\W\d_]+", line.lower())
    if "|" in line and all(len(w) <= 3 for w in words):
        return True  # "繁 | 简 | EN", "KOR | ENG": a language switch
    if 1 < len(line.split()) <= 4 and all(w.islower() for w in line.split()[1:]) and not event_type(line):
        return True  # "Sales end soon", "Share this page": the site's words, not a title
    bare = [w for w in line.replace("&", " ").replace("|", " ").split() if w not in ("for", "and", "of", "the", "us")]
    if len(bare) >= 4 and any(w in NAV_WORDS for w in words) and all(w[:1].isupper() for w in bare) \
            and not re.search(r"[\d:,.!?]", line) and not event_type(line):
        return True  # "Academics  Admissions  Paying for College ...": a menu (no sentence, no title)
    return bool(words) and sum(w in NAV_WORDS for w in words) >= max(1, (len(words) + 1) // 2)
