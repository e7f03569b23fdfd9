"""Words that say how a name is built: given names that come second in a compound given
name, the honorifics of pages whose names carry two surnames (Spanish, Portuguese,
Italian), what ends a Portuguese name, the words after which a list of names follows, the
honorifics written before any name, and the words that are never part of a name."""

from __future__ import annotations

import re

# Titles that say a name is Spanish or Portuguese: its last two words are then its surnames.
# ("Ing." is not one: an engineer's title in Ghana and Central Europe too)
IBERIAN_HONORIFICS = frozenset({"dra", "dra.", "sr", "sr.", "sra", "sra.", "srta.", "mtro", "mtro.", "mtra",
                                "mtra.", "lic", "lic.", "lcdo.", "lcda.", "arq.", "profa.",
                                "dña.", "don", "doña", "mg", "mg.", "doutor", "doutora", "mestre", "mestra",
                                # Italian, whose names too may carry two surnames ("Lorenzo Ferri Magnani")
                                "prof.ssa", "dott.", "dott", "dott.ssa", "avv."})
# Second words of compound given names ("Ana Rita Fonseca", "Harpreet Singh Bains", "Mary Ann").
COMPOUND_SECOND = frozenset("singh kaur rita paula ann anne jane lou marie luc louis pierre paul "
                            "sue beth lynn jo zahra ezzahra joy grace mae rose naz bano jahan sadat amine "
                            "aditya charan kumar krishna shankar".split())  # "Kristine Joy", "Sai Charan"
# Given names that come second in a Spanish or Portuguese name ("Luis Alberto Rentería").
IBERIAN_SECOND_GIVEN = frozenset("""
alberto antonio manuel luis jose josé maria maría fernanda lucia lucía carlos eduardo javier andres
andrés isabel elena teresa sofia sofía miguel angel ángel jesus jesús juan pablo francisco ignacio
alejandro alejandra carmen jose josé paula guadalupe del victoria eugenia cristina rafael ramón
felipe rita beatriz ines inês joão joao pedro lúcia adolfo ezequiel esteban enrique fernando
gabriel gonzalo ricardo sebastián sebastian tomás tomas andrea camila carolina gabriela juliana
mariana valeria laura luisa belén belen cecilia julia silvia helena henrique eduarda vitória vitoria
clara augusto roberto vinícius vinicius césar cesar luíza luiza raúl raul iván ivan elvira gilberto
antônio antónio patricia patrícia marcela paola mercedes rosa lourdes pilar soledad alicia inés ana daniela natalia
verónica veronica margarita esperanza concepción dolores emilia marta montserrat
chiara grazia luca carlo paolo pietro giovanni angela francesca alfonso gustavo mauricio arturo""".split())
# What ends a Portuguese name after its surnames ("João Pedro Cavalcanti de Oliveira Neto").
IBERIAN_SUFFIXES = frozenset("neto júnior junior filho sobrinho".split())


# Names listed after who they are ("Computer Science students A, B and C", "the first three
# fellows – A, B and C", "Team Mashujaa – A and B –"): people, whatever their form.
_LISTED_NAME = r"(?:[A-Z][\w'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+"
LISTED_NAMES = re.compile(rf"\b(?:students|graduates|alumni|alumnae|fellows|winners|finalists|trainees|"
                          rf"[Tt]eam\s+[A-Z][\w-]*)(?:\s*[\u2013\u2014:]|\s+-)?\s+"
                          rf"({_LISTED_NAME}(?:\s*,\s*{_LISTED_NAME})*(?:,?\s+and\s+{_LISTED_NAME})?)")

# Honorifics written before a name: kept as the person's `honorific`, never as a post.
# (nameparser's list of titles is far longer and holds job words such as "producer".)
HONORIFICS = frozenset({
    "prof", "prof.", "professor", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx.",
    "miss", "sir", "dame", "madam", "mme", "mme.", "director", "dean", "president", "chairman",
    "chairwoman", "chair", "ambassador", "minister", "rev", "rev.", "assoc.", "asst.", "associate",
    "assistant", "direk", "shri", "smt", "smt.", "shrimati", "sushri", "hon'ble", "hon", "hon.",
    "herr", "frau", "prof.dr.", "dipl.-ing.", "dr.-ing.", "dr.-phil.", "dr.phil.", "mag.", "h.e.", "his", "her", "excellency", "highness",
    "sheikh", "sheikha", "madam", "mrs.", "nana", "togbe",
    "late",  # "Late Shri V. Ramamurthy": a person remembered, not there (a mention)
    "khun", "ajarn", "acharn", "ato", "w/ro", "matua", "whaea",  # Thai, Ethiopian, Māori forms of address
    "mga.", "bc.", "bca.", "phdr.", "judr.", "rndr.", "paeddr.", "mudr.", "thdr.",  # Czech and Slovak degrees
    "alhaji", "alhaja", "hajia", "comrade", "engr", "engr.", "barr", "barr.", "pastor", "otunba", "chief",  # Nigerian
    "fr.", "fr", "sr.", "bro.", "atty.", "atty", "arch", "msgr.",  # Philippine: Father, Sister, Brother, Attorney
    "maestro", "maestra",  # Latin American: a master of an art ("Maestro Ciro Alfonso Guerrero")
    "chị", "thầy", "cô", "ông", "bà", "chú", "bạn",  # Vietnamese forms of address, and degrees:
    "ths.", "ths", "pgs.", "pgs", "gs.", "pgs.ts.", "gs.ts.",  # ThS. (MA), PGS. (assoc. prof.), GS. (prof.)
    # Malaysian: Puan / Encik (Mrs / Mr), Haji / Hajah, the titles Datuk, Dato', Datin, Tan Sri, Ts.
    "assoc", "asst", "aunty", "auntie", "uncle",  # "Assoc Prof Tan Wei Ling", "Aunty Marion Ingram" (an Elder)
    "puan", "encik", "cik", "haji", "hajah", "datuk", "dato'", "dato’", "dato", "datin", "tun", "ts.", "ts",
    "ybhg.", "ybhg", "yb", "yab", "madya",  # "YBhg. Tan Sri Dato' Dr.", "Prof. Madya Dr." (associate professor)
    # Spanish and Portuguese: Doctora, Maestro/a, Licenciado/a, Ingeniero/a, Arquitecto/a, Señor/a
    "profª", "drª", "profa", "dr.ª",
    "doutor", "doutora", "mestre", "mestra", "eng.º", "eng.ª", "engº",  # Portuguese: "Professor Doutor X", "Mestre Y"
    "m.",  # French Monsieur ("M. Laurent VASSEUR"; not before an initial: "M. A. Rahman")
    "me", "me.", "maître", "pr.", "pr",  # French: Maître (a lawyer), Pr. (professeur)
    "dra", "dra.", "sr", "sr.", "sra", "sra.", "srta.", "mtro", "mtro.", "mtra", "mtra.", "lic", "lic.",
    "lcdo.", "lcda.", "ing", "ing.", "arq.", "prof.ª", "profa.", "dña.", "don", "doña", "mg", "mg.",
    # Indonesian Ir. / Drs., Egyptian Eng., Turkish Doç. / Dr. Öğr. Üyesi / Arş. Gör., Italian
    # Prof.ssa / Dott. / Dott.ssa / Avv. / Arch., Polish and Czech dr hab. / Mgr. / doc.
    "bapak", "bpk.", "bpk", "ibu", "sdr.", "sdri.",  # Indonesian: Mr, Mrs / Ms, Brother, Sister
    "ir.", "drs.", "eng.", "doç", "doç.", "öğr.", "üyesi", "arş.", "gör.", "prof.ssa", "dott", "dott.",
    "dott.ssa", "avv.", "arch.", "hab.", "mgr", "mgr.", "doc.", "inż.", "univ.", "conf.", "lect.",
    "ph.d.", "phd.",  # written before the name in Latin America ("PhD. Laura Gómez")
})
# Titles of two words: Malaysian ("Tan Sri Rahimah": 'Tan' is no family name here), a professor's rank.
TWO_WORD_HONORIFICS = frozenset({"tan sri", "puan sri", "toh puan", "datuk seri", "dato' sri", "dato\u2019 sri",
                                 "dato sri", "datin seri", "datin paduka", "dato' paduka", "datuk paduka",
                                 "senior professor", "emeritus professor", "ph. d."})  # (Colombian "Ph. D. Ricardo Salazar")
# Honorifics some languages write in lower case: Polish and Czech "dr hab.", "prof.", "mgr inż."
LOWER_HONORIFICS = frozenset({"dr", "dr.", "prof", "prof.", "hab.", "mgr", "mgr.", "doc.", "inż.", "ing.", "univ.",
                              "drs.", "ir.",
                              # and Italian prose: "la prof.ssa Giovanna Lo Russo", "il dott. Marco Bianchi"
                              "prof.ssa", "dott.", "dott.ssa", "avv."})
# A Romance list's verb before its first name: "Participaron Iñigo Arrieta, director de ...".
LIST_VERBS = frozenset("participaron participan intervinieron intervienen intervengono partecipano "
                       "participaram participam".split())
# Han words of a site's chrome that read like a two-character name: "中文" (Chinese), "首页" (home).
HAN_NOT_NAMES = frozenset({"中文", "英文", "首页", "新闻", "简体", "繁體", "繁体", "登录", "搜索", "返回",
                           "中文版", "英文版", "首頁", "新聞", "相关文章", "相关新闻", "相关链接", "上一篇",
                           "下一篇", "返回列表", "阅读全文", "责任编辑", "单位", "相关阅读", "查询", "关注",
                           "周一", "周二", "周三", "周四", "周五", "周六", "周日",  # (weekdays: 周 is also a family name)
                           # (a programme's label words: "司会：小野寺 あかり", "主持：宁致远")
                           "司会", "主持", "主持人", "嘉宾", "讲师", "講師", "主讲", "主讲人", "会場", "日時", "主催",
                           # (words after a title that begin with a family name: "创作者应当", "学者齐聚一堂")
                           "应当", "应该", "齐聚一堂", "共聚一堂", "欢聚一堂", "齐聚"})
# Capitalised words that are never part of a person's name on these pages.
NOT_NAME_WORDS = frozenset("""
the a an and former current ex lead render cloud government ministry county guest organizer organiser moderator
panelist panellist keynote telecoms stream united of for at in on by with from to this that these those our their its his her
please rsvp id faq branch degree course clinic manual series tba tbc am pm chat break lunch dinner coffee reception talks artist compositor
rigger matriculates box cell recognised üyesi öğr aula sala saal teatro auditorium ballroom lobby foyer salon atrium pavillon pavilion
best block qld nsw sub-forum subforum cégep cegep ysgol coleg uas guidelines fazit valedictory
when while after before since although though if because during once then also but yet however
meanwhile yesterday tomorrow here there where whether unlike
supervisor coordinator vfx cgi ai xr vr hr pr mou agreement signs cooperation memorandum
screenwriting production tutors mentors judges designer cinematographer screenwriter writer composer
animator actor actress critic journalist photographer filmmaker
university college school academy institute institution center centre department program programme
division group company co ltd inc llc corp corporation studio studios pictures films film media
entertainment festival foundation association society council administration ministry bureau
agency network lab laboratory conservatory faculty office committee museum library
guild union alliance federation chamber consortium trust commission studies sciences
effects design performance communication communications technology humanities culture arts
journalism photography multimedia industries industry audiovisual creative screen screens economy
innovation research heritage summit summits productions services service license licence
attribution calls list prev next previous first second third final three four five sar ip
commissioner governor mayor minister senator councillor councilor ambassador consul superintendent annex appendix distribution distributors releasing policy privacy notice terms cookie cookies developer developers programmer engineer affairs fm agm redazione newsroom editorial staff
participant participants student students alumna alumnus alumni winner winners finalist finalists
campus hall theatre theater cinema auditorium room building hotel auditório auditorio galpão anfiteatro salão salón
directorate province provincial municipality prefecture secretariat
universidade universidad université universita università faculdade facultad faculté facoltà escola escuela école
scuola instituto institut istituto centro departamento departament département dipartimento laboratório
laboratorio laboratoire curso programa associação asociación fundação fundación fondation estúdio estudio
animação animación comunicação comunicación cinéma artes
tu hs fh uni award awards prize prizes jam hackathon residency showcase person persons people provider abn
industria industry mostra gaceta webtoon hub kanal filmhus medien board parallel panels adaptation
language languages tel fax phone venue target sponsor
keynote keynotes roundtable panel session sessions opening closing forum symposium conference
workshop seminar screening lecture masterclass ceremony discussion presentation presentations
moderator moderators panelists panelist speaker speakers host hosts guests chair jury programme
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
china chinese american british european asian international global national
professor dean director manager head ceo cto coo cfo cco vp svp evp avp president founder partner producer
lecturer officer editor curator programmer fellow researcher secretary chairman chief vice
executive senior general managing deputy clinical emeritus adjunct visiting
vice-chancellor pro-vice-chancellor vice-president vice-rector vice-dean vice-chair vice-principal
co-founder co-director editor-in-chief director-general secretary-general chancellor registrar rector
prof dr mr mrs ms welcome remarks day morning afternoon evening q&a
colourist colorist cinematographer screenwriter animator compositor supervisor mixer composer journalist
filmmaker showrunner designer track lab labs
about contact notes press news editors programme schedule agenda registration tickets lunch
television tv animation digital channel radio games interactive
universidad universidade universite universität universitat università universita escuela escola
ecole école facultad faculdade faculté faculte instituto institut istituto fondo fundación fundacion
fundação estudios estudio productora produksjon produktion revista canal cine kino hochschule
akademie akademia accademia streaming studios sa srl gmbh ag ab as asa oy bv nv pty plc kk
embassy consulate commission trust fund agency technology technologies labs
student students representative alumni graduate graduates drama docs documentary shorts
drive street road avenue lane precinct square plaza boulevard terrace quay wharf
screen creative arts pictures press news today weekly daily magazine journal times review tribune
herald gazette post radio collective independent scholar cinemateca cinematheque cinémathèque
filmoteca kinemathek archive archives mfa phd bsc msc mres filmmaking
cinematographer writer screenwriter animator composer actor actress critic journalist team leader
jefe jefa directrice directeur directora profesora profesor professorin professeur catedrática
responsable chargé chargée déléguée délégué geschäftsführer leiter leiterin decano decana
""".split())
