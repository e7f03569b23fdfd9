"""Entries written in Chinese: '北京电影学院副教授张伟', '张伟（北京电影学院副教授）', '导演王芳'.

Chinese pages run the organisation, the title and the name together with no separator;
the title words are few and end the post, so the name is what follows the last title
word (or what precedes a bracket), and the organisation what precedes the title.
Organisations nest from the outside in ('上海大学上海电影学院': the academy of the
university), split after each word that ends an organisation's name.
"""

from __future__ import annotations

import re

from kg.draft.name_words import HAN_NOT_NAMES
from kg.draft.org_names import HAN_ORG_ENDS
from kg.draft.person_names import HAN_PREFIXES, parse_name
from kg.draft.posts import Post

# Titles, longest first so that '副教授' is found before '教授'.
HAN_TITLES = sorted("""
教授 副教授 讲师 研究员 副研究员 助理研究员 院长 副院长 执行院长 系主任 主任 副主任 所长 副所长 校长 副校长
书记 党委书记 董事长 副董事长 总经理 副总经理 经理 总裁 副总裁 首席执行官 总监 制片人 出品人 监制 导演
美术总监 艺术总监 技术总监 内容总监 编剧 演员 创始人 联合创始人 合伙人 主席 副主席 秘书长 会长 副会长 策展人 总编辑 主编 博士生导师 学者
党委副书记 副书记 副总编辑 青年教师 制作人 理事长 副理事长 主任委员 副主任委员 常务副院长 院长助理
特聘教授 客座教授 讲席教授 产业导师 总导演 执行董事 副总监 负责人 CEO CTO COO CFO CMO VP SVP EVP
开发者 创作者 设计师 工程师 主策划 策划 程序员 美术师 动画师 剪辑师 摄影师 作家 记者 主播 兼职教授 主美 原画师
博士后 博士研究生 硕士研究生 研究生 博士生 硕士生
教师 厅长 副厅长 局长 副局长 处长 副处长 司长 副司长 部长 副部长 市长 副市长 区长 县长 馆长 副馆长 台长 副台长
社长 副社长 总编 团长 组长 专员 一级巡视员 二级巡视员 巡视员 调研员 党组成员 党组书记 党委常委 常务副会长
执行制片 节目总监 执行长 营运长 营运总监 创办人 共同创办人 董事总经理 影评人 剪接师 委员 董事 顾问 总干事 执行秘书
""".split(), key=len, reverse=True)
# Before an organisation: 'former' (原, 前, 曾任) and 'our school' (我校, 本校, the page's own).
HAN_FORMER = ("原", "前", "曾任")
HAN_OURS = ("我校", "本校", "我院", "本院", "本系", "我系")
# Words that open a clause before a post and its name: a verb of inviting, a joiner.
HAN_LEAD = re.compile(r"(?:特邀|邀请到|邀请了|邀请|以及|感谢|包括|并由|其中|并|图为|▲\s*)+")
# The last words of a title's field ("游戏设计方向负责人", "海外发行总监"), no organisation's.
HAN_FIELD_ENDS = r"(?:方向|业务|运营|内容|技术|策划|项目|事务|教学|研发|市场|宣传|发行|创作|制作)$"
# A company's short name ends in what it makes: "青柚视频", "华策影视", "墨境科技".
HAN_COMPANY_ENDS = ("视频", "影视", "科技")
HAN_TYPE = {"大学": "university", "学院": "school", "研究院": "institute", "研究所": "institute",
            "研究中心": "institute", "中心": "institute", "实验室": "institute", "有限公司": "company",
            "公司": "company", "集团": "company", "电视台": "media", "电影节": "festival",
            "协会": "association", "学会": "association", "基金会": "foundation", "工作室": "studio",
            "影业": "company", "传媒": "company", "出版社": "publisher", "管理局": "government",
            "总局": "government", "委员会": "government", "系": "department", "部": "division", "平台": "company",
            "办公室": "division", "处": "division", "局": "government", "厅": "government", "馆": "organization",
            "社": "media", "组": "division",
            "联盟": "association"}
# (and the Latin words a Chinese post is written with: "…有限公司IP授权部经理")
LATIN_WORDS = r"(?<![A-Za-z])(?:CEO|CTO|COO|CFO|CMO|S?VP|EVP|IP|AI)(?![A-Za-z])"
HAN_ONLY = re.compile(r"^(?:[\u3400-\u9fff（）()·、]|" + LATIN_WORDS + r")+$")
# What follows a name in a Chinese sentence: a verb of taking part, or a separator.
AFTER_HAN_NAME = ("出席", "致辞", "主持", "发表", "作", "参加", "表示", "介绍", "分享", "指出", "认为", "和",
                  "与", "及", "等", "以", "通过", "围绕", "就", "代表", "共同", "为", "对", "在", "带来", "进行",
                  "参与", "参观", "担任", "作为", "提出", "讲述", "谈到", "回顾", "结合", "从", "也", "致",
                  "接着", "接著", "分别", "先后", "依次", "莅临", "说明", "强调", "则", "随后", "首先", "最后", "亦",
                  "、", "，", ",", "。", "；", ";", " ", "（", "(")
# A name written in Chinese from another script, its parts joined by '·' ("阿依努尔·吐尔逊").
DOTTED_NAME = r"[\u3400-\u9fff]{1,8}\u00b7[\u3400-\u9fff]{1,10}"
# A name in Han characters, of two to four or joined by '·' (a card's line, a table's cell).
HAN_NAME_ALONE = rf"[\u3400-\u9fff]{{2,4}}|{DOTTED_NAME}"
# A rank after a name ("宋雅琴教授主持"): the name ends before it.
HAN_RANKS = ("副教授", "教授", "研究员", "博士", "老师", "先生", "女士", "同志", "同学", "导演")


def han_org_chain(text: str) -> list[str]:
    """'上海大学上海电影学院' -> ['上海电影学院', '上海大学'] (innermost first, as kg's chains)."""
    if (country := re.match(HAN_COUNTRY, text)) and len(text) - country.end() >= 4 and \
            not text.endswith(("协会", "学会", "联合会", "委员会", "联盟", "基金会")):
        text = text[country.end():]  # "日本春风动画工作室": where it is, no part of its name
        # (but "马来西亚华语影视工作者协会": a national body, the country its name's first word)
    parts, start = [], 0
    for m in re.finditer("|".join(sorted(HAN_ORG_ENDS, key=len, reverse=True)), text):
        rest = text[m.end():]
        # A split needs a whole name on both sides: not '浙江传媒' + '学院'.
        # (nor '江州传媒' + '学院动画学院': '传媒学院' is one end)
        # (nor '湘楚传媒' + '职业学院': a kind of school, no name of its own)
        # (nor '钱塘师范大学传媒' + '与影视学院': '传媒与影视' are the fields of one school)
        if m.end() - start >= 3 and len(rest) >= 3 and rest.endswith(HAN_ORG_ENDS) and not rest.startswith(("与", "和", "及")) \
                and not (rest.startswith(HAN_ORG_ENDS) and not re.match(r"传媒[与和及]", rest)) \
                and not (m.group() not in ("大学", "学院") and
                         re.match(r"(?:职业技术|职业|技术|科技|师范|工程)(?:学院|大学)", rest)):
            parts.append(text[start:m.end()])
            start = m.end()
    parts.append(text[start:])
    return list(reversed(parts))


HAN_COUNTRY = ("(?:日本|韩国|美国|英国|法国|德国|意大利|加拿大|澳大利亚|新加坡|马来西亚|泰国|印度尼西亚|印度|越南|菲律宾|"
               "俄罗斯|蒙古|哈萨克斯坦|乌兹别克斯坦|吉尔吉斯斯坦|塔吉克斯坦|土库曼斯坦|巴基斯坦|伊朗|土耳其|以色列|埃及|"
               "南非|尼日利亚|肯尼亚|巴西|阿根廷|墨西哥|智利|西班牙|葡萄牙|荷兰|比利时|瑞士|瑞典|挪威|丹麦|芬兰|波兰|"
               "捷克|奥地利|爱尔兰|新西兰|阿联酋|沙特阿拉伯|希腊|匈牙利)")


def han_org_type(name: str) -> str:
    for end in sorted(HAN_ORG_ENDS, key=len, reverse=True):
        if name.endswith(end):
            return HAN_TYPE[end]
    return "organization"


# A Malaysian title between a post and the name: "南岚大学学院校长丹斯里黄志明".
HAN_TITLE_BEFORE = "(?:" + "|".join(HAN_PREFIXES) + ")?"


def han_entry(text: str):
    """(PersonName, [Post]) for an entry written in Chinese, or None."""
    text = re.sub(r"\s+", "", text.strip(" ，,、；;。"))  # "张伟 (北京电影学院副教授)"
    text = re.sub(r"等$", "", text)  # "副院长葛晓岚等": and others
    # "颜俊辉｜丰源集团影视投资部 总经理": a guest list's bar between the name and its posts
    text = re.sub(r"^([\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{1,8}\u00b7[\u3400-\u9fff]{1,8})[\uff5c|](.+)$", r"\1（\2）", text)
    text = re.sub("(?:" + "|".join(HAN_RANKS) + ")$", "", text) if len(text) > 5 else text  # "院长罗建华教授"
    text = text.replace(",", "、")  # (one person's posts a list joined: "党委副书记, 副校长周明远")
    # "廖文德导演（前…理事长）": the rank between the name and its posts
    text = re.sub(rf"^([\u3400-\u9fff]{{2,4}}?)(?:{'|'.join(HAN_RANKS)})(?=[（(])", r"\1", text)
    if not HAN_ONLY.match(text):
        return None
    bracket = re.match(rf"^({HAN_TITLE_BEFORE}(?:{DOTTED_NAME}|[\u3400-\u9fff·]{{2,4}}))[（(]((?:[\u3400-\u9fff、]|{LATIN_WORDS})+)[）)]$", text)
    if bracket:  # 张伟（北京电影学院副教授）
        name, post = bracket.group(1), bracket.group(2)
    else:  # 北京电影学院副教授张伟
        title = next(((m.start(), m.end()) for t in HAN_TITLES
                      for m in [re.search(f"{t}(?={HAN_TITLE_BEFORE}(?:{DOTTED_NAME}|[\\u3400-\\u9fff]{{2,4}})$)", text)] if m), None)
        if not title:
            return (parse_name(text), []) if parse_name(text) else None
        name, post = text[title[1]:], text[: title[1]]
    person = parse_name(name)
    if not person:
        return None
    # "钱塘传媒学院党委副书记、副校长": two posts, one school; "董事长兼总经理": two posts too
    post = re.sub(rf"({'|'.join(HAN_TITLES)})兼(?!职|任)", "\\1\u3001", post)
    return person, han_posts(post.split("、"))


# "陈思彤（Cindy Chen）｜ShortWave 海外运营VP", "易晓冬｜《湾区影视周刊》主编": a guest list's
# name (its Latin form in brackets), a bar, then the body in Latin letters or in 《》 and the titles
BARRED_GUEST = re.compile(rf"^({DOTTED_NAME}|[\u3400-\u9fff]{{2,4}})\s*(?:[\uff08(]([A-Z][A-Za-z .'-]{{1,40}})[\uff09)])?"
                          r"\s*[\uff5c|]\s*(.+)$")
LATIN_BODY_THEN_TITLES = re.compile(r"^(?:\u300a([^\u300b]{2,30})\u300b|([A-Za-z][\w&.' -]{0,60}?[\w.]))\s*([\u3400-\u9fff][^|]*)$")


def barred_guest(text: str):
    """(PersonName, [Post], the name's Latin form or None) of a guest list's barred line, or None."""
    if not (m := BARRED_GUEST.match(text.strip())) or not (person := parse_name(m.group(1))):
        return None
    name, latin, rest = m.groups()
    if body := LATIN_BODY_THEN_TITLES.match(rest):
        org = body.group(1) or body.group(2)
        posts = han_posts([p for p in re.split(r"[\u3001\uff0c,]", body.group(3)) if p])
        for post in posts:
            if not post.chain and not post.former:
                post.chain = [org]
    elif latin and (found := han_entry(f"{name}\uff5c{rest}")):
        posts = found[1]
    elif re.fullmatch(r"[\u3400-\u9fff\uff0c,\u3001A-Z]+", rest):
        posts = han_posts([p for p in re.split(r"[\u3001\uff0c,]", rest) if p])  # "编剧，曾任浩瀚影业文学策划"
    else:
        return None
    return (person, posts, latin) if posts else None


def han_posts(pieces: list[str]) -> list[Post]:
    """The posts of a Chinese list of them; a title with no organisation of its own is at the
    one before it ("院长、教授": both at the school)."""
    posts: list[Post] = []
    for piece in pieces:
        found = han_post(piece)
        if posts and found.title and not found.chain and not found.former:
            found.chain = posts[-1].chain
        if found.title or found.chain:
            posts.append(found)
    return posts


def han_list(text: str) -> list[str] | None:
    """The entries of a list written in Chinese ('钱塘传媒学院党委副书记、副校长周明远, ...,
    我校戏剧影视学院院长孙立群、副院长葛晓岚等'): a post with no name joins the entry after it; a deputy with no organisation shares the one before ("院长孙立群、
    副院长葛晓岚": the same school's). None for a list not in Chinese."""
    if not re.search(r"[\u3400-\u9fff]", text):
        return None  # (most lists: no work here)
    pieces, depth, piece = [], 0, ""
    text = text.split("\u3002")[0]  # ("...副院长蔡淑仪等。来自30余家游戏企业的代表...": the next sentence)
    for char in text.rstrip(". "):  # (not inside brackets: "谭芳（X副教授、专委会秘书长）" is one entry)
        depth += (char in "（(") - (char in "）)")
        if char in ",，、" and depth == 0:
            pieces.append(piece.strip())
            piece = ""
        else:
            piece += char
    pieces = [re.sub(r"^(?:以及|及|和|与)", "", p) for p in [*pieces, piece.strip()] if p]  # "..., 以及我院党委书记黄国栋"
    if not pieces or not all(HAN_ONLY.match(re.sub(r"\s+", "", p)) for p in pieces):
        return None
    parsed = [han_entry(piece) for piece in pieces]
    if len(pieces) >= 2 and parsed[0] and not parsed[0][1] and not any(parsed[1:]):
        # "贺思远，数字媒体艺术学院讲师、游戏设计方向负责人": a name, then its posts
        return ["、".join(pieces[1:]) + pieces[0]]
    entries: list[str] = []
    waiting = ""
    for piece, found in zip(pieces, parsed):
        if not found:
            waiting = f"{waiting}、{piece}" if waiting else piece  # a post whose name comes next
            continue
        if waiting:
            piece, waiting = f"{waiting}、{piece}", ""
        elif entries and found[1] and not any(post.chain for post in found[1]) and not piece.startswith(HAN_OURS) and \
                (before := han_entry(entries[-1])) and before[1] and before[1][-1].chain:
            piece = "".join(reversed(before[1][-1].chain)) + piece
        entries.append(piece)
    return entries or None


# A biography's first sentence: "周凯文（Kevin Zhou），云栖互娱（西安）有限公司制作人，从业十二年。"
HAN_CARD = re.compile(r"^(?P<name>[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{1,8}·[\u3400-\u9fff]{1,8})"
                      r"(?:\s*\((?P<alt>[A-Za-z][A-Za-z .'-]+)\))?\s*,\s*(?P<posts>[^。]+)")


def han_card(text: str) -> tuple[str, str | None] | None:
    """(the entry, the name's Latin form) for a Chinese biography's opening ('阿依努尔·托合提，独立
    游戏开发者，沙枣工作室创始人，我院2017届...': the posts that lead it, up to the first words that
    are none)."""
    if not (m := HAN_CARD.match(text)) or not parse_name(m.group("name")):
        return None
    posts = []
    for piece in re.split(r"\s*,\s*", m.group("posts")):
        bare = re.sub(r"\s+", "", piece)  # ("云栖互娱 (西安) 有限公司": the spaces the page's brackets were given)
        if not HAN_ONLY.match(bare) or not han_post(bare).title:
            break
        posts.append(bare)
    return ("、".join(posts) + m.group("name"), m.group("alt")) if posts else None


def han_post_line(text: str) -> str | None:
    """The posts of a Chinese card's line under its name ('越州传媒学院副校长、教授'), joined by
    '、', up to the first piece that holds none ('代表作《雾港纪行》'); None when it holds none."""
    kept: list[str] = []
    for piece in re.split(r"\s*[,\uff0c;\uff1b]\s*", text.strip()):
        found = [bare for part in piece.split("\u3001") if HAN_ONLY.match(bare := re.sub(r"\s+", "", part))
                 and han_post(bare).title]  # ("讲师、博士": the post, not the degree)
        if not found:
            break
        kept += found
    return "\u3001".join(kept) or None


def han_post(post: str) -> Post:
    """'快映短剧平台内容运营总监' -> 内容运营总监 at 快映短剧平台; '北方影视学院戏剧影视文学系主任' ->
    主任 of 戏剧影视文学系 (of the school); '原钱江广播电视集团副总编辑': a former post."""
    former = post.startswith(HAN_FORMER) and len(post) > 3
    post = re.sub("^(?:" + "|".join(HAN_FORMER) + ")", "", post) if former else re.sub("^现任", "", post)
    post = re.sub("^(?:该剧|该片|本剧|本片)", "", post)  # "该剧总制片人": the drama's, no organisation
    # "我院党委书记": the school writing the page ("我校": its university, or a college that is one)
    ours = ["@学院"] if post.startswith(("我院", "本院")) else ["@系"] if post.startswith(("本系", "我系")) else \
        ["@大学|学院"] if post.startswith(HAN_OURS) else []
    post = post[2:] if ours else post
    # "学院院长罗建华": the school the page is about, not one called 学院
    if not ours and post.startswith(("学院", "学校")) and post[2:] in HAN_TITLES:
        ours, post = (["@学院"] if post.startswith("学院") else ["@大学|学院"]), post[2:]
    elif not ours and post.startswith("校") and post[1:] in HAN_TITLES:
        ours, post = ["@大学|学院"], post[1:]  # "校党委常委": the university's
    if not ours and post.startswith("学院") and re.match(r"[\u3400-\u9fff]{2,10}?(?:系|教研室|处|办公室|中心)", post[2:]) and \
            any(post.endswith(t) for t in HAN_TITLES):
        ours, post = ["@学院"], post[2:]  # "学院数字媒体系主任": a department of the school the page is about
    title = next((t for t in HAN_TITLES if post.endswith(t)), None)
    org = post[: -len(title)] if title else post
    if (country := re.match(HAN_COUNTRY, org)) and not org.endswith(HAN_ORG_ENDS):
        org = org[country.end():]  # "乌兹别克斯坦青年导演": where they are from, a field and its title
    if title and org and not org.endswith(HAN_ORG_ENDS):
        if title[0] in "系部" and len(title) > 1:
            org, title = org + title[0], title[1:]  # "...文学系主任": the department's head
        elif ends := [m.end() for m in re.finditer("|".join(HAN_ORG_ENDS), org)]:
            if len(org) - ends[-1] <= 6:
                org, title = org[: ends[-1]], org[ends[-1]:] + title  # the title's field ("内容运营")
        elif len(org) >= 4 and org.endswith(HAN_COMPANY_ENDS):
            pass  # "青柚视频副总裁": a platform's or a company's short name ("短视频负责人": a field)
        elif len(org) <= 4 or re.search(HAN_FIELD_ENDS, org):
            org, title = "", org + title  # "制片总监", "游戏设计方向负责人": a field and its title
    return Post(title, (han_org_chain(org) if org else []) + ours, former=former)


# A programme's posts in Chinese after a name and a space ("贾蕴华　燕山艺术学院院长、教授",
# "Prof. Helen CARTER　英国北谷大学电影与电视学院院长", "LI Wenjing 李文静　燕山艺术学院电影学院教授").
HAN_POSTS_TAIL = re.compile(r"[\u3400-\u9fff\u300a][\u3400-\u9fff\u300a\u300b\uff08\uff09()\u3001\uff0c,\uff1b;\u00b7\s]*")


def posts_after_name(text: str) -> tuple[str, list[Post]] | None:
    """(the name's text, its posts) when Chinese posts follow a name after a space, else None."""
    if not re.search(r"[\u3400-\u9fff\u300b\uff09)]\s*$", text):
        return None  # (most entries: no Chinese at their end, no work here)
    for gap in reversed(list(re.finditer(r"\s+", text))):
        head, tail = text[: gap.start()].rstrip(" ,"), text[gap.end():]
        if not HAN_POSTS_TAIL.fullmatch(tail) or not (re.search(r"[A-Za-z]", head) and not HAN_ONLY.match(head)
                                                       or re.fullmatch(r"[\u3400-\u9fff\u00b7]{2,9}", head)):
            continue
        pieces = [p for p in re.split(r"[\u3001\uff0c,\uff1b;]", re.sub(r"\s+", "", tail)) if p]
        # (not "Prof. LEI Ka Wai 李嘉慧教授": the name in Chinese, with its rank)
        if any(len(bare := re.sub("(?:" + "|".join(HAN_RANKS) + ")$", "", p)) <= 4 and parse_name(bare) for p in pieces):
            return None
        posts = han_posts(pieces)
        return (head, posts) if posts and len(posts) == len(pieces) and all(p.title for p in posts) else None
    return None


def clause_start(text: str, end: int) -> int:
    """Where the clause ending at `end` begins: after the last separator or '由' before it,
    and after the verb or joiner that opens it ("邀请光点数位…调光总监吴佩蓉", "以及本校…教授张文彦")."""
    start = max(text.rfind(c, 0, end) for c in "由，,、；;。 ：:") + 1
    lead = HAN_LEAD.match(text, start, end)
    return lead.end() if lead else start


# How a page writes the school it is about, for the references han_post makes of it.
OURS_WRITTEN = {"@学院": "学院", "@大学|学院": "学校", "@系": "本系"}


def han_mentions(text: str) -> list[tuple[int, int, str]]:
    """Posts followed by a name in a Chinese sentence ('由上海电影学院副院长陈晓主持'):
    (start, end, the entry's text) for each, the organisation before the title included
    back to the sentence's last separator or '由'."""
    found = []
    titles = "|".join(HAN_TITLES)
    # (the name in a lookahead: "副总裁兼艺术总监冯凯" holds two titles, the second before the name)
    # ("学院党委书记 姜海燕，院长 陆启明": a space between a title and its name, as 出席 lists write it)
    for m in re.finditer(rf"({titles})[ \u3000]?(?=({DOTTED_NAME}|[\u3400-\u9fff]{{2,4}}))", text):
        dot = m.group(2).find("\u00b7")  # "副院长阿依努尔·吐尔逊主持": the name ends where a verb begins
        # ("组长邹凯作为对话嘉宾": 邹凯, then 作为; "田中美咲": a Japanese name of four)
        verb_third = text[m.start(2) + 2:m.start(2) + 4] in AFTER_HAN_NAME
        for size in range(dot + 2, len(m.group(2)) + 1) if dot > 0 else (2, 3, 4) if verb_third else (3, 2, 4):
            name = m.group(2)[:size]
            rest = text[m.start(2) + size:]
            rest = rest[len(rank):] if (rank := next((r for r in HAN_RANKS if rest.startswith(r)), "")) else rest
            if len(m.group(2)) >= size and (not rest or rest.startswith(AFTER_HAN_NAME)) and parse_name(name) \
                    and not name.endswith("副") and not name.startswith(("和", "与", "及")):
                # ("彭帆副教授": 彭帆, associate professor; "青年导演和业界代表": no name)
                start = clause_start(text, m.start())
                while (sep := re.search(r"、$", text[:start])) and \
                        text[:sep.start()].endswith(tuple(HAN_TITLES)):  # "...党委副书记、副校长周明远"
                    before = clause_start(text, sep.start())
                    if han_entry(text[before:sep.start()]):
                        break  # "院长罗建华教授, 副院长司马骏": a person's rank, then the next person
                    start = before
                for joiner in re.finditer("[与和]", text[start:m.start()]):  # "罗建国与灵犀...": after the name
                    if parse_name(text[start:start + joiner.start()]):
                        start += joiner.end()
                        break
                words = text[start:m.start(2) + size]
                # ("…有限公司创始人、总经理周泽宇，制片人胡蝶，导演肖鹏": the next in a list, at the same body)
                listed = found and (text[:start].endswith("、") or text[found[-1][1]:start].strip() in ("，", ",")
                                    and words.startswith(tuple(HAN_TITLES)))  # (not "校党委常委、副校长X", "光屿动画创始人X")
                if listed and (own := han_entry(words)) and \
                        not any(post.chain for post in own[1]) and \
                        (before := han_entry(found[-1][2])) and before[1] and before[1][-1].chain:
                    # "戏剧影视学院院长孙立群、副院长葛晓岚": the deputy of the same school
                    # (the page's own school written back as the page wrote it: "学校党委书记X、副校长Y")
                    words = "".join(OURS_WRITTEN.get(org, org) for org in reversed(before[1][-1].chain)) + words
                if not re.search(r"(?:图文|文字|摄影|编辑|审核|作者|来源|责编|供稿|记者)[：:][^）)]*$", text[:start]):
                    found.append((start, m.start(2) + size, words))  # (not the page's credits: "图文：… 学生记者 乔一诺")
                break
    return found


# A bare name that opens a clause and does something at the event ("陈嘉伟先生以《…》为题",
# "由区志刚主持", "颜承志致欢迎辞"): the words between the clause's start and the verb, and
# only they, are the name (a rank may follow it).
BARE_NAME = re.compile(rf"(?:^|(?<=[\uff0c,\u3002\uff1b;\uff1a:\u3001由]))\s*({DOTTED_NAME}|[\u3400-\u9fff]{{2,4}}?)"
                       rf"(?:{'|'.join(HAN_RANKS)})?(?=以《|以\u201c|作题为|作了题为|作主题报告|作主旨|作报告|在致辞中|"
                       r"在讲话中|致辞|致欢迎辞|作总结|主持|介绍了|分享了|分别|表示|指出|认为|强调|谈到)")


def han_bare_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each bare Han name a clause opens with before a verb of
    speaking or presiding."""
    # (not "譚主席表示": a family name and a title; nor "白皮书还指出": a subject and an adverb)
    return [(m.start(1), m.end(1), m.group(1)) for m in BARE_NAME.finditer(text)
            if m.group(1) not in HAN_NOT_NAMES and parse_name(m.group(1)) and
            not m.group(1).endswith(tuple(HAN_TITLES)) and m.group(1)[-1] not in "还也则均都亦又"]
