"""Posts won at the event itself, as Chinese stories of a founding meeting write them:
'选举产生了第一届理事会领导机构：毕玉珍当选理事长，逯长河当选常务副理事长，泰岳市融媒体中心
副主任宫晓东、济南墨点动画有限公司总经理亓凤霞当选副理事长'. Each is a post at the body the
meeting founds, from the event's day (inferred), and its holder was there."""

from __future__ import annotations

import re

from kg.draft.han_entries import HAN_TITLES

# "X当选为主任委员", "葛向东当选共同体理事长", "彭卫东当选首届理事会理事长": who, then the post
# (the body's own words before the title name no other body)
ELECTED = re.compile(r"^(?P<who>[^\uff0c,;\uff1b:\uff1a\u3002]+?)当选(?:为)?"
                     r"(?:首届|第一届|第二届|新一届|本届)?(?:理事会|共同体|联盟|专委会|委员会|协会|学会|研究会)?"
                     r"(?P<title>[\u3400-\u9fff]{2,8})$")
# The body a meeting founds, from the event's name: "山东泰岳职业学院数字创意产业校企合作理事会成立大会"
FOUNDED = re.compile(r"^(.{2,40}?(?:理事会|联盟|委员会|专委会|共同体|协会|学会|研究会|联合会|分会|俱乐部))"
                     r"(?:成立|换届|第[一二三四五六七八九十\d]+届)")


def founded_body(event_name: str | None) -> str | None:
    """The body whose founding (or whose new council's election) the event is."""
    m = FOUNDED.match(event_name or "")
    return m.group(1) if m else None


def elected(sentence: str) -> list[tuple[tuple[int, int], list[str], str]]:
    """(the clause's span, the entries of who was elected, the post) for each election
    clause of a sentence; not '…当选理事长单位' (an organisation holding the post)."""
    found = []
    for clause in re.finditer(r"[^\uff0c,;\uff1b:\uff1a\u3002]+", sentence):
        text = clause.group().strip()
        if "当选" not in text or not (m := ELECTED.match(text)):
            continue
        title = m.group("title")
        if title.endswith("单位") or not any(title.endswith(t) for t in HAN_TITLES):
            continue
        who = [piece.strip() for piece in re.split(r"[\u3001]|(?<=[\u3400-\u9fff])和(?=[\u3400-\u9fff])", m.group("who"))]
        found.append((clause.span(), [w for w in who if w], title))
    return found
