"""The parts of a Chinese story's day that its sentences open ("随后的圆桌对话由X主持",
"第一单元由Y主持"): the paragraphs after such a sentence are that part's."""

from __future__ import annotations

import re

from kg.draft import event_facts
from kg.draft.segment import Block

# A Chinese paragraph that opens a part of the day ("在随后的圆桌论坛上，…"): the paragraphs
# after it are that part's, up to the next.
HAN_SESSION = re.compile(r"^(?!图为)(?:(?:(?:论坛|会议|活动|大会)?最后|随后|当天下午|当天上午|下午|上午|会上|接下来)[\uff0c,]\s*)?(?:以\u201c[^\u201d]{1,40}\u201d为(?:主题|题)的)?"
                         r"[^\uff0c\u3002,]{0,12}?(总结讲话|总结发言|圆桌对话|圆桌论坛|圆桌讨论|主旨演讲|主旨报告|主题报告|主旨发言|开幕式|闭幕式|"
                         r"高峰对话|对话环节|对谈环节|分论坛[一二三四五六七八九十]?|颁奖典礼|颁奖仪式|签约仪式|"
                         r"第[一二三四五六七八九十\d]{1,3}(?:单元|分会场|场研讨|场对话|场座谈)(?:\u201c[^\u201d]{1,40}\u201d)?|分会场[一二三四五六七八九十])")
# A numbered unit ("第一单元") that is a part of the session before it ("主旨报告分为两个单元").
UNIT = re.compile(r"第([一二三四五六七八九十\d]{1,3})单元")
NUMERALS = "一二三四五六七八九十"


def unit_number(name: str) -> int:
    """'第二单元' -> 2 (0 for a name that is no numbered unit)."""
    if not (m := UNIT.match(name)):
        return 0
    return int(m.group(1)) if m.group(1).isdigit() else NUMERALS.find(m.group(1)) + 1 if len(m.group(1)) == 1 else 0


class HanSessions:
    """Mixin of the page reader (kg.draft.extract.PageReader): reads and sets its draft and
    session."""

    def han_session(self, sentence: str, block: Block) -> str | None:
        """The session a Chinese sentence opens, now the reader's; None if it opens none."""
        if not (m := HAN_SESSION.match(sentence)) or self.session and m.group(1) in self.draft.sessions[self.session].name:
            return None  # ("圆桌对话由...主持" under the heading "【第二阶段：主题报告】": that session's)
        outer = self.draft.sessions[self.session] if self.session else None
        session = self.session = self.open_session(m.group(1), event_facts.session_type(m.group(1)), block.line)
        number = unit_number(m.group(1))
        if session and outer and number and session != outer.key and \
                (re.search(r"分为?[两二三四\d]个?单元", block.text) or outer.parent and unit_number(outer.name) == number - 1):
            # "主旨报告分为两个单元。第一单元由黄天佑主持。": a part of the keynotes (and so the second;
            # an afternoon's "第一单元" begins anew)
            unit, whole = self.draft.sessions[session], outer.parent or outer.key
            unit.parent, unit.type = whole, self.draft.sessions[whole].type
        return session
