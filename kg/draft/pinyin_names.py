"""Chinese names written in pinyin with only the first letters in capitals ("Zhang Weimin",
"Li Na", "Weimin Zhang"): which word is the family name.

Capitals ("ZHANG Weimin") or Han characters tell the order; title case does not, and
nameparser, made for Western names, takes the last word for the family name. Pages in
English from Chinese media write family names first; Western pages often put them last.
So the words decide: a word that is a common Chinese family name beside one that is not
is the family name, wherever it stands; when both could be (Wang Li), the first is taken,
the order Chinese pages use, and the draft says so for the reviewer to check.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The commonest family names in pinyin (about 85% of people in China) and the compound ones.
FAMILY_NAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye
cheng su wei lu ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai zou
meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian dai mo
kong xiang chang wen kang niu lai geng qi zhan bao ou ning yi che ji hong shang mu sui
qiao ruan lv lyu zhai pei rao jiao miao
ouyang sima zhuge shangguan situ dongfang huangfu murong linghu
""".split())


# Every pinyin syllable without its tone (from pypinyin's table, written out: reading the
# table takes half a second).
SYLLABLES = frozenset("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu ca
cai can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua
chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den
deng di dia dian diao die din ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang
fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang
gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji
jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng
kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei len leng li lia lian
liang liao lie lin ling liu lo long lou lu luan lue lun luo ma mai man mang mao me mei men meng
mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nia nian niang
niao nie nin ning niu nong nou nu nuan nue nun nuo o ou pa pai pan pang pao pei pen peng pi pian
piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran
rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha
shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si
song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu
tuan tui tun tuo wa wai wan wang wei wen weng wo wong wu xi xia xian xiang xiao xie xin xing
xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan
zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua
zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
""".split())


def is_pinyin(word: str, most: int = 3) -> bool:
    """Whether a word is one to `most` pinyin syllables ('Weimin', 'Xiaoda', 'Na')."""
    word = re.sub(r"['\u2019-]", "", word.lower()).replace("\u00fc", "u")  # "Lü": lu
    if not word.isascii() or not word.isalpha():
        return False
    syllables = SYLLABLES

    @lru_cache(maxsize=None)
    def split(rest: str, left: int) -> bool:
        if not rest:
            return True
        return left > 0 and any(rest[:n] in syllables and split(rest[n:], left - 1)
                                for n in range(min(6, len(rest)), 0, -1))

    return split(word, most)


def pinyin_family_first(words: list[str]) -> bool | None:
    """For two title-case words that are both pinyin: True when the first is the family
    name, False when the second is, None when they are not a pinyin name."""
    if len(words) != 2 or not all(re.fullmatch(r"[A-Z][a-z\u00fc]+(?:['\u2019-][a-z\u00fc]+)?", w) for w in words):
        return None
    first, second = (w.lower().replace("\u00fc", "u") for w in words)
    if not (is_pinyin(first) and is_pinyin(second)):
        return None
    one, two = first in FAMILY_NAMES, second in FAMILY_NAMES
    if one and not two:
        return True
    if two and not one:
        return False
    if one and two:
        return True  # "Wang Li", "Li Na": Chinese order, the commoner reading
    return None
