"""`kg draft` on the shapes of Chinese school news about founding meetings, signings and
forums (the seed's genre): elections to the body the meeting founds, compound family names,
the school the page is about ('学院党委书记', '校党委常委'), '兼' between two posts, a
programme's stages in 【】, breakout groups with their convener, a keynote part whose talks
follow in later paragraphs, and a round table's guests listed under '对话嘉宾为：'."""

from __future__ import annotations

import yaml

from conftest import run_kg
from test_draft_pages import _posts

FOUNDING = """山东泰岳职业学院 新闻中心

学院数字创意产业校企合作理事会成立

发布时间：2025-06-23

6月20日，山东泰岳职业学院数字创意产业校企合作理事会成立大会暨第一届理事会第一次会议在学院行政楼第一会议室召开。\
学院党委书记毕玉珍，院长颜承志，山东鲁影文化传媒集团有限公司董事长兼总经理逯长河，鲁中大学教授公冶明德参加会议。

【第一阶段：成立大会】

成立大会由颜承志主持。

会议选举产生了第一届理事会领导机构：毕玉珍当选理事长，逯长河当选常务副理事长，\
泰岳市融媒体中心副主任宫晓东、山东云帆网络科技有限公司副总经理东方瑞当选副理事长，学院校企合作办公室主任郗红梅当选秘书长。

图为会议现场

【第二阶段：分组研讨】

动画制作组（召集人：东方瑞）围绕动画项目课程化展开讨论；
影视后期组（召集人：学院数字艺术系主任 靳雪松）围绕虚拟制片实训室建设进行研讨。

最后，毕玉珍作总结讲话。

上一篇：学院召开2025年招生宣传工作部署会
"""

FORUM = """南洲要闻

2024粤港澳大湾区动画产业人才发展论坛举行

日期：2024-11-11

11月8日上午，2024粤港澳大湾区动画产业人才发展论坛在学校演艺厅举行。校党委常委、副校长何立群出席论坛。

论坛主旨演讲环节由区志刚主持。

陈嘉伟先生以《香港动画产业的国际合作经验》为题，分享了香港动画企业参与国际合拍的经验。

冼碧珊教授以《AIGC时代的动画教育：变与不变》为题，探讨了生成式人工智能对动画教学的冲击。

当天下午，以“湾区动画人才的培养与流动”为主题的圆桌对话由动画与数字艺术学院副院长简宁主持。对话嘉宾为：
麦子聪（广州光屿动画有限公司制片总监）
欧嘉慧（广州蜂巢游戏有限公司美术总监）
"""


def _draft(text: str, tmp_path) -> dict:
    page, out = tmp_path / "page.txt", tmp_path / "draft.yaml"
    page.write_text(text, encoding="utf-8")
    assert run_kg("draft", str(page), "-o", str(out)).exit_code == 0
    return yaml.safe_load(out.read_text(encoding="utf-8"))


def _roles(document: dict) -> dict[str, set[tuple[str | None, str]]]:
    """Each person's (session name or None, role), the parts of sessions too."""
    names = {p["id"]: p["name"] for p in document["people"]}
    found: dict[str, set] = {}
    for p in document["event"].get("participants", []):
        found.setdefault(names[p["person"]], set()).add((None, p["role"]))
    sessions = list(document["event"].get("sessions", []))
    while sessions:
        session = sessions.pop()
        sessions.extend(session.get("sessions", []))
        for p in session.get("participants", []):
            found.setdefault(names[p["person"]], set()).add((session["name"], p["role"]))
    return found


def test_a_founding_meeting_elects_its_council(tmp_path):
    """'X当选理事长': a post at the council the meeting founds, from the meeting's day and
    marked inferred; the elected were there. The school the event's name begins with holds
    it, and '学院…' is that school."""
    document = _draft(FOUNDING, tmp_path)
    orgs, posts = _posts(document)
    school, council = "山东泰岳职业学院", "山东泰岳职业学院数字创意产业校企合作理事会"
    assert [orgs[key] for key in document["event"]["organizers"]] == [school]
    assert posts["毕玉珍"] == [("党委书记", school), ("理事长", council)]
    assert posts["逯长河"] == [("董事长", "山东鲁影文化传媒集团有限公司"), ("总经理", "山东鲁影文化传媒集团有限公司"),
                            ("常务副理事长", council)]
    assert posts["宫晓东"] == [("副主任", "泰岳市融媒体中心"), ("副理事长", council)]
    assert posts["郗红梅"] == [("主任", "校企合作办公室"), ("秘书长", council)]
    people = {p["name"]: p for p in document["people"]}
    elected = next(q for q in people["宫晓东"]["positions"] if q["title"] == "副理事长")
    assert str(elected["start"]) == "2025-06-20" and elected["inferred"] == ["start"]
    office = next(o for o in document["organizations"] if o["name"] == "校企合作办公室")
    assert orgs[office["parent"]] == school
    assert ("东方", "瑞") == (people["东方瑞"]["family_name"], people["东方瑞"]["given_name"])
    assert ("公冶", "明德") == (people["公冶明德"]["family_name"], people["公冶明德"]["given_name"])
    assert people["东方瑞"]["id"] == "dongfang-rui"
    assert all("当选" not in o["name"] for o in document["organizations"])
    roles = _roles(document)
    assert (None, "attendee") in roles["宫晓东"] and (None, "attendee") in roles["郗红梅"]


def test_a_meeting_in_stages_with_breakout_groups(tmp_path):
    """'【第一阶段：成立大会】' is a session; '动画制作组（召集人：东方瑞）' a group with its
    chair; '最后，X作总结讲话' the closing speech, not the last group's; a photo's caption
    and the link to the previous story are no sessions."""
    document = _draft(FOUNDING, tmp_path)
    names = [s["name"] for s in document["event"]["sessions"]]
    assert "第一阶段：成立大会" in names or "第一阶段: 成立大会" in names
    assert not any(n.startswith(("图为", "上一篇")) for n in names)
    roles = _roles(document)
    assert ("动画制作组", "chair") in roles["东方瑞"]
    assert ("影视后期组", "chair") in roles["靳雪松"]
    assert ("总结讲话", "speaker") in roles["毕玉珍"]
    _, posts = _posts(document)
    assert posts["靳雪松"] == [("主任", "数字艺术系")]


def test_a_keynote_part_and_a_round_table_in_prose(tmp_path):
    """'论坛主旨演讲环节由X主持。' opens the keynotes: the talks of the paragraphs after it are
    keynotes and X moderates them (主持 of a session, as most keepers write it); the guests
    under '…圆桌对话由Y主持。对话嘉宾为：' are the round table's panelists, Y its moderator;
    '校党委常委、副校长' are posts at the school."""
    document = _draft(FORUM, tmp_path)
    roles = _roles(document)
    assert ("主旨演讲", "moderator") in roles["区志刚"]
    assert ("主旨演讲", "keynote-speaker") in roles["陈嘉伟"]
    assert ("主旨演讲", "keynote-speaker") in roles["冼碧珊"]
    assert ("圆桌对话", "moderator") in roles["简宁"]
    assert roles["麦子聪"] == {("圆桌对话", "panelist")}
    assert roles["欧嘉慧"] == {("圆桌对话", "panelist")}
    _, posts = _posts(document)
    assert [title for title, _ in posts["何立群"]] == ["党委常委", "副校长"]


SYMPOSIUM = """西江师范大学新闻网

“短剧与现实主义”学术研讨会在我校举行

发布时间：2025-11-10

11月8日，由西江师范大学主办、西江师范大学传媒与影视学院承办的“短剧与现实主义”学术研讨会在学校学术报告厅举行。

开幕式由传媒与影视学院党委书记欧阳雪主持，副校长罗振邦致辞。

主旨报告分为两个单元。第一单元由传媒与影视学院院长宁远航主持。

南岭大学艺术学院教授贺知秋作题为《短剧叙事的时间经济》的报告。

第二单元由岭东传媒集团副总裁卓一凡主持。

岭东传媒集团内容总监莫晓蓓以《平台数据与现实题材》为题，分享了平台的实践。

下午，第一单元“现实题材与青年创作”由南岭大学艺术学院副教授司徒静主持，西江师范大学传媒与影视学院教授谭立新担任评议人。发言人及题目如下：
南岭大学博士研究生尉迟楠：《返乡叙事与竖屏短剧》
西江师范大学传媒与影视学院讲师甘一鸣：《工业题材短剧的空间》
"""


def test_units_of_the_keynotes_and_papers_under_their_speakers(tmp_path):
    """'主旨报告分为两个单元。第一单元由X主持。' makes the units parts of the keynotes (their
    talks keynotes, X their moderator); an afternoon '第一单元…由Y主持，Z担任评议人' is a
    session of its own, whose papers are listed as '单位 职务 姓名：《题目》'; '传媒与影视学院'
    is one school ('传媒' and '影视' its fields), of the university written before it."""
    document = _draft(SYMPOSIUM, tmp_path)
    roles = _roles(document)
    assert ("第一单元", "moderator") in roles["宁远航"]
    assert ("第一单元", "keynote-speaker") in roles["贺知秋"]
    assert ("第二单元", "keynote-speaker") in roles["莫晓蓓"]
    assert ("第二单元", "moderator") in roles["卓一凡"]
    units = [s for s in document["event"]["sessions"] if s["name"] == "主旨报告"][0]["sessions"]
    assert [u["name"] for u in units] == ["第一单元", "第二单元"]
    afternoon = {"司徒静": "moderator", "谭立新": "discussant", "尉迟楠": "speaker", "甘一鸣": "speaker"}
    for name, role in afternoon.items():
        assert any(role == r and s not in ("第一单元", "第二单元") and s for s, r in roles[name]), (name, roles[name])
    assert "《返乡叙事与竖屏短剧》" not in str(document["event"].get("name"))
    _, posts = _posts(document)
    assert posts["甘一鸣"] == [("讲师", "传媒与影视学院")]
    assert ("尉迟", "楠") == next((p["family_name"], p["given_name"]) for p in document["people"] if p["name"] == "尉迟楠")
    orgs = {o["id"]: o for o in document["organizations"]}
    school = next(o for o in orgs.values() if o["name"] == "传媒与影视学院")
    assert orgs[school["parent"]]["name"] == "西江师范大学"


SUB_FORUM = """“短剧出海”分论坛成功举办

2025-09-23  来源：数字文化研究院

9月20日下午，“短剧出海”分论坛在会展中心举行。

【主旨演讲】

主旨演讲一｜黄子轩：《出海第三年》
光年短剧公司CEO黄子轩介绍了海外业务。

【圆桌对话】

对话一｜平台视角
主持：易晓冬｜《湾区影视周刊》主编
嘉宾：
陈思彤（Cindy Chen）｜ShortWave 海外运营VP
吴嘉朗（Kelvin Ng）｜Harbourline Pictures 创办人、监制
梅若雪｜编剧，曾任浩瀚影业文学策划

撰稿｜林子墨
排版｜黄诗琪
审核：闫博涛
"""


def test_a_guest_list_with_bars_latin_bodies_and_the_storys_credits(tmp_path):
    """'主旨演讲一｜黄子轩：《出海第三年》' is the keynote and its speaker; '陈思彤（Cindy Chen）｜
    ShortWave 海外运营VP' a guest, her Latin name another of hers, her post at the body in Latin
    letters; '《湾区影视周刊》主编' a post at a periodical; the credits at the story's foot
    (撰稿, 排版, 审核) name no one who took part."""
    document = _draft(SUB_FORUM, tmp_path)
    roles = _roles(document)
    assert ("主旨演讲一｜黄子轩：《出海第三年》", "keynote-speaker") in roles["黄子轩"] or \
        any(r == "keynote-speaker" and "黄子轩" in s for s, r in roles["黄子轩"])
    assert any(r == "moderator" for _, r in roles["易晓冬"])
    assert {r for _, r in roles["陈思彤"]} == {"panelist"}
    _, posts = _posts(document)
    assert posts["陈思彤"] == [("海外运营VP", "ShortWave")]
    assert posts["吴嘉朗"] == [("创办人", "Harbourline Pictures"), ("监制", "Harbourline Pictures")]
    assert posts["易晓冬"] == [("主编", "湾区影视周刊")]
    people = {p["name"]: p for p in document["people"]}
    assert people["陈思彤"]["alt_names"] == ["Cindy Chen"]
    former = [q for q in people["梅若雪"]["positions"] if q.get("current") is False]
    assert [q["title"] for q in former] == ["文学策划"]
    assert not {"林子墨", "黄诗琪", "闫博涛"} & set(people)
    topics = [t for s in document["event"]["sessions"] for t in s.get("topics", [])]
    assert "出海第三年" in topics
