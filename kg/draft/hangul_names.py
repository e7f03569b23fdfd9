"""People named in Korean: '이정훈' (family name first, one syllable or two: '남궁민수'), with the
title after the name and the organisation before or between ('(주)스튜디오담 이정훈 대표',
'강도현 케이픽쳐스 프로듀서', '정태윤 (한빛예술대학교 교수)', '오세진 총장').

A Korean word of two to four syllables is a name only beside a title: most such words are
not names ('이번', '한국'), so a name alone on a line or in a sentence is not read.
"""

from __future__ import annotations

import re

from kg.draft.person_names import PersonName

SYLLABLES = r"[\uac00-\ud7a3]"
HANGUL_WORD = re.compile(rf"{SYLLABLES}+")
SURNAMES = frozenset("""
김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우
구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모
탁 국 어 은 편 용 예 경 봉 사 부 황보 남궁 제갈 선우 독고 사공 서문
""".split())
# The titles a Korean page writes after a name; a longer word ending in one is a title too ('정책실장').
TITLES = sorted("""
대표이사 대표 명예교수 석좌교수 겸임교수 초빙교수 특임교수 부교수 조교수 교수 강사 학과장 학부장 학장 대학원장 부총장
총장 이사장 부원장 원장 센터장 본부장 사업단장 단장 소장 상무 전무 부사장 사장 회장 부회장 사무총장 사무국장 위원장
부위원장 위원 이사 감독 작가 프로듀서 팀장 실장 국장 부장 차장 과장 연구위원 연구원 기자 평론가 매니저 디렉터 총괄
PD CP CEO CTO
""".split(), key=len, reverse=True)
# Latin titles a Korean entry is written with ('네오툰엔터테인먼트 박서연 PD'): no sign of English.
LATIN_TITLES = re.compile(r"\b(?:PD|CP|CEO|CTO|IP|AI|OTT)\b")
# What a Korean sentence joins to a title: 'the subject', 'of', 'and' ('이정훈 대표는', '교수의 사회로').
PARTICLES = ("으로", "에게", "께서", "이며", "이자", "은", "는", "이", "가", "을", "를", "의", "과", "와", "도", "로", "에", "께")
# Words that are no name though they begin with a family name ('전문가 위원').
NOT_NAMES = frozenset("전문가 이사회 조직위 한국어 영화제 장학금 강연회 참가자 신청서 안내문 관계자 주최측 공동체 기조강연".split())
ORG_ENDS = ("대학교", "대학", "예술대", "학과", "학부", "대학원", "협회", "진흥원", "재단", "센터", "엔터테인먼트", "스튜디오",
            "픽쳐스", "미디어", "방송", "연구소", "연구원", "위원회", "사업단", "필름", "프로덕션", "그룹", "코리아", "게임즈",
            "컴퍼니", "웍스", "회사", "공사", "방송사", "제작사", "관광부", "학회", "연합회", "조합")


def hangul_name(word: str) -> PersonName | None:
    """'이정훈' -> family 이, given 정훈; '남궁민수' -> 남궁, 민수; None for a word of another shape."""
    if not re.fullmatch(rf"{SYLLABLES}{{2,4}}", word) or word in NOT_NAMES:
        return None
    family = word[:2] if len(word) >= 3 and word[:2] in SURNAMES else word[:1]
    if family not in SURNAMES or len(word) - len(family) not in (1, 2):
        return None
    return PersonName(word, word[len(family):], family, "family-first")


def title_of(word: str) -> str | None:
    """The title a word is, its particle cut off ('대표는' -> '대표', '정책실장' -> '정책실장')."""
    for particle in ("", *PARTICLES):
        if particle and not word.endswith(particle):
            continue
        bare = word[: len(word) - len(particle)]
        if bare and any(bare.endswith(t) for t in TITLES) and len(bare) <= 8:
            return bare
    return None


def is_org(words: list[str]) -> bool:
    return bool(words) and (words[0].startswith(("(주)", "㈜", "(사)", "(재)")) or
                            words[-1].rstrip(")").endswith(ORG_ENDS) or
                            all(re.fullmatch(r"[A-Z][\w&.-]*", w) for w in words))


# A run of words in a sentence: where a name, its organisation and its title may stand.
WORD = re.compile(r"(?:\(주\)|\(사\)|\(재\)|㈜)[^\s,，、;；:：()（）]+|[^\s,，、;；:：()（）\[\]“”‘’'\"]+")


def korean_mentions(text: str) -> list[tuple[int, int, PersonName, str | None, list[str]]]:
    """(start, end, name, title, organisation words) for each person a Korean sentence names
    with a title: 'ORG NAME TITLE', 'NAME ORG TITLE', 'NAME TITLE'."""
    if not mostly_korean(text):
        return []
    words = list(WORD.finditer(text))
    found = []
    for i, word in enumerate(words):
        name = hangul_name(word.group())
        if not name:
            continue
        # the title right after the name, or after up to three words of its organisation
        for gap in range(0, 4):
            if i + 1 + gap >= len(words) or (gap and re.search(r"[,，、;；.。]", text[words[i + gap].end():words[i + 1 + gap].start()])):
                break
            title = title_of(words[i + 1 + gap].group())
            between = [w.group() for w in words[i + 1:i + 1 + gap]]
            if title and gap == 1 and not is_org(between) and len(name.given) == 2 and \
                    not title_of(between[0]) and HANGUL_WORD.fullmatch(between[0]):
                title, between = f"{between[0]} {title}", []  # '최유나 웹툰 작가': a job of two words
            if title and (not between or is_org(between) and len(name.given) == 2):
                org = between
                if not org:  # 'ORG NAME TITLE': the words before the name, when they are an organisation
                    before = []
                    for w in reversed(words[max(0, i - 3):i]):
                        if re.search(r"[,，、;；.。]", text[w.end():word.start()]) or title_of(w.group()):
                            break
                        before.insert(0, w.group())
                        if is_org(before):
                            org = list(before)
                found.append((word.start(), words[i + 1 + gap].end(), name, title, org))
                break
            if title_of(words[i + 1 + gap].group()) or (gap and hangul_name(words[i + 1 + gap].group())):
                break
    return found


def hangul_entry(text: str) -> tuple[PersonName, str | None, str | None] | None:
    """(name, title, organisation) of an entry written in Korean: '정태윤 (한빛예술대학교 교수)',
    '(주)스튜디오담 이정훈 대표', '강도현 케이픽쳐스 프로듀서' (not a name alone: on a bilingual page
    '이지우' is the other form of 'Lee Ji-woo', named apart)."""
    text = text.strip(" ,;·")
    if not mostly_korean(text) or re.search(r"[A-Za-z]{2,}", LATIN_TITLES.sub("", text)):
        return None
    if bracket := re.fullmatch(r"(\S+)\s*[(（]([^()（）]+)[)）]", text):
        if (name := hangul_name(bracket.group(1))) and (words := bracket.group(2).split()):
            title = title_of(words[-1])
            if title:
                return name, title, " ".join(words[:-1]) or None
    found = korean_mentions(text)
    # (the whole entry: the mention ends it, and begins it or has the organisation before it)
    if len(found) == 1 and not text[found[0][1]:].strip(" .") and (not text[:found[0][0]].strip() or found[0][4]):
        _, _, name, title, org = found[0]
        return name, title, " ".join(org) or None
    return None


def korean_chain(org: str) -> list[str]:
    """'가람대학교 미디어영상학과' -> the department, then its university; one name otherwise."""
    words = org.split()
    if len(words) > 1 and words[0].endswith(("대학교", "대학", "예술대")):
        return [" ".join(words[1:]), words[0]]
    return [org]


def mostly_korean(text: str) -> bool:
    """Whether the text is written in Korean (a Latin title or two aside: 'PD', 'CEO'); not
    'LEE Dong-hyun 이동현 (CEO, Bada Studios)', whose Korean name is the other form."""
    if not HANGUL_WORD.search(text):
        return False  # (most entries and sentences: no Korean, no more work)
    latin = len(re.findall(r"[A-Za-z]", LATIN_TITLES.sub("", text)))
    return latin * 3 < len(re.findall(SYLLABLES, text))
