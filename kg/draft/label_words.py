"""The words a programme puts before a colon ("Moderator: ...", "Direção: ..."), in the
languages pages are written in."""

from __future__ import annotations

import re

# A film's credits in other languages: "Direção e roteiro: X", "Producción: Y", "Regie: Z"
# (not English "Production:", which names a team's member as often as a film's producer).
CREDIT_WORDS = (r"dire\u00e7\u00e3o|direcci\u00f3n|r\u00e9alisation|realiza\u00e7\u00e3o|regie|regia|produ\u00e7\u00e3o|"
                r"producci\u00f3n|produktion|produzione|roteiro|gui\u00f3n|guion|sc\u00e9nario|drehbuch|"
                r"sceneggiatura")
# Label words a programme puts before a colon ("Moderator: ...", "Venue: ..."); another
# short line with a colon ("Keynote Presentations: Industry and Academic Perspectives")
# is a heading.
KNOWN_LABEL = re.compile(
    r"^(?:(?:[a-z]+ )?(?:speakers?|moderators?|panell?ists?|with|featuring|avec|con|mit|mod[e\u00e9]ration|"
    r"moderaci\u00f3n|moderador[a]?|modera|ponentes?|modera\u00e7\u00e3o|prowadzenie|prowadz\u0105c[ay]|prowadzi|prowadz\u0105|"
    r"udzia\u0142|gespreksleiding|moderatie|sprekers|panelleden|oradores|imparteix|imparte|hi participen|presenta|"
    r"referent(?:en|innen)?|am podium(?: diskutierten)?|auf dem podium|prelegenci|giuria|"
    r"media\u00e7\u00e3o|mediador[a]?|participantes|palestrantes?|"
    r"pan[\u00e9e]listes?|panelistas?|debatedor(?:es|as)?|autour de la table|mod[\u00e9e]rat(?:eur|rice)s?|"
    r"animat(?:eur|rice)s?|intervenants?|invit[\u00e9e]s?|convidad[oa]s|invitad[oa]s|j[\u00fau]ri|jurad[oa]s?|relator[ei]|moderatore|al tavolo|intervengono|(?:production )?company|pr\u00e9sidence(?: de s\u00e9ance)?|discutant(?:e|es|s)?|begr\u00fc(?:ss|\u00df)ung|gru\u00dfwort|"
    r"hosts?|co-?hosts?|chairs?|co-?chairs?|chairpersons?|jury|jurors?|guests?|participants?|"
    r"attendees?|discussants?|presenters?|lecturers?|instructors?|trainers?|performers?|introduction|interviewers?|emcee|mcs?|"
    r"coordinators?|co-?ordinators?|commentators?|facilitators?|tutors?|mentors?|judges?|curators?|"
    r"summary by|moderated by|chaired by|facilitated by|introduced by|in conversation with|"
    r"(?:co-?)?(?:directors?|producers?|screenwriters?|cinematographers?)(?:\s*(?:&|and)\s*(?:directors?|producers?))?|"
    r"(?:" + CREDIT_WORDS + r")(?:\s+(?:e|y|et|und|&)\s+(?:" + CREDIT_WORDS + r"))?|"
    r"welcome(?: remarks| address)?|opening remarks|closing remarks|keynote|respondents?|"
    r"(?:conference |festival |forum |symposium )?conven[eo]rs?)|date|dates|"
    r"when|time|venue|location|place|where|address|organi[sz]ers?|organi[sz]ed by|hosted by|"
    r"host institutions?|presented by|co-?organi[sz]ers?|partners?|sponsors?|language|registration|"
    r"veranstalter|organisateurs?|organizadores?|organizator(?:zy)?|organitza(?:ci\u00f3)?|organizzazione|organizza|"
    r"organisatie|organisator|organiza\u00e7\u00e3o|data|fecha|datum|horari|hora|termin|lloc|lugar|local|ort|locatie|luogo|"
    r"miejsce|sede|partnerzy|"
    # Vietnamese: "Điều phối: X", "Khách mời:", "Diễn giả:", "Dẫn chương trình:"
    r"(?:người )?\u0111i\u1ec1u ph\u1ed1i|kh\u00e1ch m\u1eddi|di\u1ec5n gi\u1ea3|d\u1eabn ch\u01b0\u01a1ng tr\u00ecnh)$",
    re.IGNORECASE)
# Label words of Chinese programmes ("主持：宁致远　副院长", "时间：2025年5月24日") and the
# English label the reader knows them by.
HAN_LABELS = {
    **dict.fromkeys("时间 日期 会议时间 活动时间 论坛时间 举办时间".split(), "Date"),
    **dict.fromkeys("地点 会议地点 活动地点 论坛地点 举办地点".split(), "Venue"),
    **dict.fromkeys("主办 主办单位 主办方 承办 承办单位 承办方 联合主办 联合主办单位 联合承办 出品单位".split(), "Organisers"),
    **dict.fromkeys("协办 协办单位 支持单位 指导单位 学术支持 媒体支持 合作单位 合作媒体".split(), "Partners"),
    **dict.fromkeys("主题 论坛主题 会议主题 活动主题 沙龙主题".split(), "Theme"),
    **dict.fromkeys("主持 主持人".split(), "Moderator"),
    **dict.fromkeys("学术主持 会议主席 主席 召集人 组长".split(), "Chair"),
    **dict.fromkeys("致辞 致辞嘉宾 开幕致辞 欢迎致辞 闭幕致辞 领导致辞 致词 开幕致词".split(), "Welcome"),
    **dict.fromkeys("主讲 主讲人 主讲嘉宾 演讲嘉宾 演讲人 报告人 报告嘉宾 分享嘉宾 嘉宾分享 发言嘉宾 发言人 总结发言 主旨演讲".split(), "Speakers"),
    **dict.fromkeys("对话嘉宾 圆桌嘉宾 对谈嘉宾 讨论嘉宾 对谈 对谈人".split(), "Panelists"),
    **dict.fromkeys("与谈 与谈人 与谈嘉宾 评议 评议人 评议嘉宾 点评 点评人 点评嘉宾".split(), "Discussants"),
    **dict.fromkeys("嘉宾 特邀嘉宾 出席嘉宾 参会嘉宾 颁奖嘉宾".split(), "Guests"),
    **dict.fromkeys("评委 评审 评委会 评审嘉宾".split(), "Jury"),
    # and Japanese: 日時 / 会場 / 主催 / 共催 / 後援 / 協力 / 講師 / 聞き手 / 司会 / 登壇者 ...
    **dict.fromkeys("日時 開催日時".split(), "Date"), **dict.fromkeys("会場 開催場所".split(), "Venue"),
    **dict.fromkeys("主催 共催".split(), "Organisers"), **dict.fromkeys("後援 協力 協賛".split(), "Partners"),
    **dict.fromkeys("講師 登壇者 講演者 発表者".split(), "Speakers"), "聞き手": "Interviewer",
    **dict.fromkeys("司会 総合司会".split(), "Host"), **dict.fromkeys("モデレーター ファシリテーター".split(), "Moderator"),
    **dict.fromkeys("パネリスト".split(), "Panelists"), **dict.fromkeys("コメンテーター 講評".split(), "Discussants"),
    **dict.fromkeys("審査員 審査委員".split(), "Jury"), "基調講演": "Keynote",
}


def han_label(word: str) -> str:
    """The English label of a Chinese one ('时　间' -> 'Date'), '' for another word."""
    return HAN_LABELS.get(re.sub(r"\s+", "", word), "")
