"""What a page's words say people do at the event: headings, labels and sentences -> roles.

"Moderator: ...", "Panelists" over a list, "moderated by Professor Ben LEE", "delivered
welcome remarks", "keynote speeches": each phrase names a role of the record format
(kg.records.terms.PARTICIPATION_ROLES). Roles written with 'by' ("moderated by X")
belong to the names right after it; others to every name in the sentence.
"""

from __future__ import annotations

import re

# Label or heading words -> role of the people listed under it (first match wins).
# "A in conversation with B" in the languages pages are written in: A the guest, B who asks.
IN_CONVERSATION_WITH = (r"(?i:\bin conversation with|\bem conversa com|\ben conversaci\u00f3n con|\ben conversation avec|"
                        r"\bim Gespr\u00e4ch mit|\bin conversazione con)\b")
# The labels of an award's winners and finalists ("Winner: ...", "Runners-up:").
WINNER_WORDS = r"(?:(?:joint |overall )?winners?|runners?-up|recipients?|finalists?|honou?rable mentions?|awardees?)"
LABEL_ROLES = (
    (r"主持", "moderator"), (r"致辞|致词|欢迎", "welcome-speaker"), (r"主旨|主题演讲|主讲", "keynote-speaker"),
    (r"对话|圆桌|讨论嘉宾", "panelist"), (r"评委", "juror"), (r"发言|演讲", "speaker"),
    (r"嘉宾|出席|与会", "attendee"),
    (r"^(?:【)?(?:パネリスト)(?:】)?$", "panelist"), (r"^(?:【)?(?:モデレーター|ファシリテーター)(?:】)?$", "moderator"),
    (r"^(?:【)?(?:総合)?司会(?:】)?$", "host"), (r"^(?:【)?(?:基調講演)", "keynote-speaker"), (r"^(?:【)?(?:講師|登壇者)(?:】)?$", "speaker"),
    (r"^(?:【)?聞き手(?:】)?$", "interviewer"), (r"^(?:【)?審査員(?:】)?$", "juror"),
    (r"^좌장$", "chair"), (r"^(?:사회|진행|사회자)$", "moderator"), (r"^(?:개회사|환영사|축사)$", "welcome-speaker"),
    (r"^기조", "keynote-speaker"), (r"^(?:지정)?토론(?:자)?$", "discussant"), (r"^발제(?:자)?$", "speaker"), (r"^패널$", "panelist"),
    (r"\bco-?chairs?\b", "co-chair"),
    (r"\bchief guest\b|\bkey\s?speakers?\b", "keynote-speaker"), (r"\bguests? of hono(?:u)?r\b|\bresource persons?\b|\bspecial guests?\b|"
                                                r"\bvote of thanks\b", "speaker"),
    (r"\banchor(?:ed)?\b", "host"),
    (r"^faculty co-?ordinators?$", "host"),
    (r"\bchair(?:s|ed|person|woman|man)?\b|\bpr\u00e9sidence\b|\bpresidencia\b", "chair"),
    (r"^discutant(?:e|es|s)?$|^comentaristas?$", "discussant"),
    (r"^co-?ordinators?$", "moderator"),  # a label alone: 'Program Coordinator, X' is a post
    (r"^commentators?$", "discussant"),
    (r"^prowadzenie$|^prowadz\u0105c[ay]$|^prowadzi$|^gespreksleiding$|^moderatie$|^modera\u00e7\u00e3o$", "moderator"),
    (r"^udzia\u0142$|^hi participen$|^panelleden$|^am podium(?: diskutierten)?$|^auf dem podium$", "panelist"),
    (r"^prowadz\u0105$|^imparte(?:ix)?$|^oradores$|^sprekers$|^referent(?:en|innen)?$|^prelegenci$", "speaker"),
    (r"^presenta$", "introducer"), (r"^giuria$", "juror"),
    (rf"^{WINNER_WORDS}$", "attendee"),  # an award's winners (students, mostly): there, and no other role
    (r"^(?:ng\u01b0\u1eddi )?\u0111i\u1ec1u ph\u1ed1i$", "moderator"), (r"^d\u1eabn ch\u01b0\u01a1ng tr\u00ecnh$", "host"),
    (r"^kh\u00e1ch m\u1eddi$|^di\u1ec5n gi\u1ea3$", "speaker"),  # Vietnamese: a talk's guests, its speaker
    (r"\bjudg(?:es|ing)\b|\bpanel of (?:judges|jurors)\b", "juror"),  # ("Judging panel": not the panel's)
    (r"\bsaluti\b|\bbenvenuto\b|\bpowitanie\b|\bwelkom(?:stwoord)?\b", "welcome-speaker"),
    (r"\bmoderat(?:or|ors|ed|ion)\b|\bfacilitat|\bmod\u00e9rat|\bmoderaci\u00f3n|\bmoderador|^modera$|"
     r"\bmediat(?:ion|or|ors)\b|\bmedia\u00e7\u00e3o\b|\bmediador|\banimat(?:eur|rice)s?\b", "moderator"),  # (Portuguese "mediação")
    (r"\bwelcom|\bopening (?:remarks|address|speech)|\bbienvenida\b|\bbienvenue\b|\bboas-vindas\b|"
     r"\bbegr\u00fc(?:ss|\u00df)ung\b|\bgru\u00dfwort",
     "welcome-speaker"),
    (r"\bkeynote", "keynote-speaker"),
    (r"\bpanel(?:l?ists?)?\b|\broundtable|\bdiscussants?\b.*panel|^al tavolo$|\bintervengono\b|"
     r"\bpan[\u00e9e]listes?\b|\bpanelistas?\b|^debatedor(?:es|as)?$|^autour de la table$", "panelist"),
    (r"\bdiscussants?\b|\brespondents?\b", "discussant"),
    (r"\bhost(?:s|ed)?\b|\bemcee|\bmaster of ceremonies|\bMC\b|\bconven[eo]rs?\b", "host"),
    (r"\bjur(?:y|ors?)\b|\bjudges?\b|\bjudging panel\b|\bj[u\u00fa]ri\b|\bjurad[oa]s?\b", "juror"),
    (r"\bintroduc", "introducer"),
    (r"\binterview(?:er|ed)?\b", "interviewer"),
    (r"\bperform", "performer"),
    (r"\bscreening guests?\b|\bq\s*&\s*a\b|\bpost-screening\b", "screening-guest"),
    (r"\bspeakers?\b|\bpresenters?\b|\blecturers?\b|\btalks?\b|\blecture\b|\bmasterclass\b|\btutors?\b|"
     r"\bponentes?\b|\bponencias?\b|\bpalestrantes?\b|\bintervenants?\b|"
     r"\binstructors?\b|\btrainers?\b|"
     r"\bworkshop\b|\bsession\b", "speaker"),
    (r"\bconvidad[oa]s\b|\binvitad[oa]s\b|\binvit\u00e9s\b", "speaker"),  # a talk's guests ("Invitados: A, B")
    (r"\bguests?\b|\battendees?\b|\bparticipants?\b|\bparticipantes\b|\bdelegates?\b|\bvisitors?\b", "attendee"),
)
# Sentence cues that give a role to the name(s) right after them.
BY_CUES = (
    (r"\bco-?chaired by\b", "co-chair"),
    # "The jury was chaired by X": a juror, the jury's chair ("Other members were: ...")
    (r"\b(?:jury|judging panel|panel of judges)\s+(?:was\s+|is\s+|will\s+be\s+)?(?:chaired|presided over|headed|led)\s+by\b", "juror"),
    # A ceremony is presided over by its host (Chinese pages' 主持), a session by its chair.
    (r"\bceremony\s+(?:was\s+|is\s+|will\s+be\s+)?presided (?:over )?by\b", "host"),
    (r"\bchaired by\b|\bpresided (?:over )?by\b", "chair"),
    (r"\banchored by\b|\bcompered by\b", "host"),
    (r"\bvote of thanks (?:was )?(?:proposed |given |delivered )?by\b", "speaker"),
    (r"\bdiscussion\s+(?:was\s+)?(?:held\s+)?between\b", "panelist"),
    (r"\bmoderated by\b|\bfacilitated by\b|\bmoderator\b(?:,)?|\bmoderat(?:ore|rice|orin)\b|\bmod\u00e9rat(?:eur|rice)\b|\bmoderador(?:a)?\b|\b[Aa]nimated by\b|"
     r"\bunder the moderation of(?: the)?\b|"
     r"\bmoderad[oa]s?\s+por(?:\s+(?:la|el))?\b|\bmoderaci\u00f3n\s+(?:estuvo\s+|fue\s+)?a\s+cargo\s+de(?:\s+(?:la|el))?\b|"
     r"\b(?:[Ll]o|[Ll]a)\s+moder\u00f3(?:\s+(?:la|el))?\b|"
     # "A moderare l'incontro sarà la giornalista X", "Modera la periodista Y", "moderiert von Z"
     r"\b[Aa]\s+moderare\s+(?:(?:l['\u2019]\s*|il\s+|la\s+|lo\s+)\w+\s+)?(?:sar\u00e0|saranno|\u00e8|sono)\b|"
     r"\bmodera(?:r\u00e1|r\u00e0)?\s+(?=(?:la|el|il|lo)\s)|\bmoderiert\s+(?:wird\s+)?(?:\w+\s+){0,3}?(?:von|durch)\b|"
     r"\bcon\s+la\s+moderaci\u00f3n\s+de\b|\bcon\s+la\s+moderazione\s+d(?:i|el|ella)\b|"
     r"\bsous\s+la\s+mod\u00e9ration\s+de\b|\bcom\s+(?:a\s+)?(?:media\u00e7\u00e3o|modera\u00e7\u00e3o)\s+de\b|\bmoderat[oa]\s+(?:da|dal|dalla|dallo)\b|\bmediad[oa]s?\s+(?:por|pel[oa])\b|\bmod\u00e9r\u00e9e?s?\s+par\b|\banim\u00e9e?s?\s+par\b", "moderator"),
    (r"\bhosted by\b|\bemceed by\b|\bMC(?:'d|\u2019d|ed) by\b|\bcompered by\b|\bmaster of ceremonies\b(?:,)?|"
     r"\b(?:[Ee]mcee|MC|[Hh]ost)\s+(?:for\s+the\s+(?:evening|night|day|event|ceremony)\s+)?"
     r"(?:was|is|will\s+be)\b", "host"),  # "Emcee for the evening was Jonathan Lim"
    (r"\bintroduced by\b|^introduction by\b", "introducer"),
    # "The programme is directed by A, ..., and B": who runs a summer school or a lab hosts it
    (r"\b(?:programme|program|summer school|school|course|lab|laboratory|workshop)\s+(?:is|was|will be)\s+"
     r"(?:directed|co-directed|coordinated|convened)\s+by\b", "host"),
    (r"\b(?:was|were|is|are)\s+attended by\b|\bin the (?:gracious )?presence of\b", "attendee"),  # "The signing was attended by NJLU President Dr. Wu"
    (r"\b(?:respondents?|discussants?):", "discussant"),  # "... borders. Respondent: Dr Conor Whelan."
    # "pitched their series to a panel made up of A, B and C": the judges of the pitches
    (r"\bto\s+(?:a|the)\s+(?:review\s+|selection\s+|pitch(?:ing)?\s+|expert\s+)?(?:panel|jury)\s+"
     r"(?:made\s+up\s+of|consisting\s+of|comprising|composed\s+of|formed\s+by)\b|"
     r"\bjury\s+(?:was\s+)?(?:made\s+up\s+of|consisting\s+of|comprising|composed\s+of|formed\s+by)\b|"
     # "ante un jurado formado por A; B", "una giuria composta da", "un jury composé de"
     r"\bjurado\s+(?:formado|compuesto|integrado|conformado)\s+por\b|\bgiuria\s+(?:composta|formata)\s+da\b|"
     r"\bjury\s+compos\u00e9\s+de\b|\bj\u00fari\s+(?:formado|composto|integrado)\s+por\b", "juror"),
    (r"\bjudged by\b|\b(?:award|prize|medal)\b[^.;]{0,40}?\b(?:chosen|selected|picked)\s+by\b", "juror"),
    # 'Best in Jam went to "Hollow Call," a cave explorer by a team of four: sophomores A and B':
    # the winners (students, mostly), there and no more
    (r"\b(?:went|goes|go)\s+to\s+[\"\u201c][^\"\u201d]{1,80}[\"\u201d],?\s+(?:(?:a|an|the)\s+[^.;:]{0,60}?\s+)?by"
     r"(?:\s+(?:a|the)\s+team\s+of\s+\w+:)?\s+(?:(?:fellow\s+)?(?:freshm[ae]n|sophomores?|juniors?|seniors?|graduate\s+students?|students?)\s+)?", "attendee"),
    (r"^led by\b", "speaker"),  # "Led by the head writer of X, Y, for 30 students" (a workshop)
    # "the School hosted award-winning director Wanjiru Kamau": a body hosts its guest
    (r"\bhost(?:s|ed)\b(?!\s+by\b)", "speaker"),
    # "The conversation, held mostly in English, was led by X": who asks the questions
    (r"\bconversation\b[^.;]{0,100}?\b(?:was\s+)?(?:led|hosted|conducted)\s+by\b|"
     r"\binterviewed by\b|" + IN_CONVERSATION_WITH + r"|\ban?\s+(?:public\s+|live\s+|on-?stage\s+)?conversation\s+with\b", "interviewer"),
    (r"\bwelcome (?:remarks|address|speech)(?:es)? (?:were |was )?(?:given |delivered )?by\b|"
     r"\bopening remarks (?:by|from)\b|\bwelcome to country\s+(?:was\s+)?(?:given\s+|delivered\s+)?(?:from|by)\b|"
     r"\b(?:welcoming words|words of welcome|welcoming remarks) (?:from|by)\b|\b(?:was|were|and) opened by\b|\bwelcome (?:by|from)\b|^opening by\b|"
     r"\b(?:opened|began|started) with (?:a |an )?(?:welcome |opening )?(?:speech|address|remarks) (?:by|from)\b",
     "welcome-speaker"),
    (r"\bkeynote (?:speech|address|lecture|talk|presentation)s? (?:by|from)\b", "keynote-speaker"),
    (r"\b(?:open|opened|opens|began|begins|start|started|starts) with (?:the )?greetings (?:by|from)\b", "welcome-speaker"),
    (r"\b(?:followed by |with )?(?:remarks|an address|a speech) (?:by|from)\b", "speaker"),  # "followed by remarks from X"
    (r"\b(?:talks?|lectures?|presentations?|masterclass) (?:by|from)\b|\b(?:will be |were |are )presented by\b|^presented by\b|"
     r"\bclosing (?:words|remarks|address|speech) (?:by|from)\b",
     "speaker"),
    # "The pitching training was led by X", "Script consultations were given by Y"
    (r"\b(?:training|workshops?|sessions?|masterclass(?:es)?|consultations?|lectures?|classes|seminars?|"
     r"tutorials?|clinics?)\s+(?:(?:was|were|is|are|will\s+be)\s+)?(?:led|given|run|delivered|conducted|taught)\s+by\b",
     "speaker"),
)
# What may stand between a 'by' cue and its name: a post before the name ("moderated by
# X's own international editor, Harriet Osei-Bonsu"); after a name in the chain, only words
# with no comma after them ("moderated by A and B", not "A, journalist, Il Corriere").
_GAP_WORDS = (r"the|our|and|&|of|for|il|la|lo|el|le|der|die|den|[A-Z][\w.]*(?:'s|\u2019s)?\.?,?|[a-z]+(?:er|ist|ista|or|ora|ore|rice|ant|ent|ee|ian)|alumn\w+|graduate|"
              r"head|dean|chair|rector|doc\.|prof\.|dr\.|award-winning|acclaimed|renowned|own|international|senior|"
              r"executive|managing|chief|deputy|associate|assistant|former|longtime|[a-z]+(?:'s|\u2019s)")
BY_GAP = re.compile(rf"[\s,:]*(?:(?:{_GAP_WORDS}),?\s+)*")
BY_GAP_AFTER_NAME = re.compile(rf"[\s,:]*(?:(?:{_GAP_WORDS})\s+)*")
# "a jury formed by A, producer at X; B, head of Y, and C": each name's post, then the next
# (a list in semicolons, whose last item may follow 'and' after a comma)
BY_GAP_POST = re.compile(r",\s+[^;.()]{1,100}?;\s*(?:(?:and|y|e|et)\s+)?")
BY_GAP_POST_LAST = re.compile(r",\s+[^;.()]{1,100}?,?\s+(?:and|y|e|et)\s+(?:(?:la|el)\s+propi[ao]\s+|the\s+)?")
# "with A (X) and B (Y), moderated by C", "Panel discussion, moderated by Sanne Kuipers"
BY_AFTER = re.compile(r",?\s+(moderated|chaired|hosted|facilitated|introduced|presented|interviewed)\s+by\s+"
                      r"([A-Z].+)$")
# Cues after a name that give it a role: "said Lorraine Abara, ..., in the day's opening keynote".
AFTER_CUES = (
    (r"\bin (?:the|her|his|their)(?: day's| day\u2019s| evening's| morning's)? (?:opening |closing )?"
     r"keynote\b", "keynote-speaker"),
    (r"\bin (?:her|his|their) (?:welcome|welcoming remarks|opening remarks|opening address)\b",
     "welcome-speaker"),
    (r"\bin (?:her|his|their) (?:speech|address|remarks|presentation|talk|lecture|report)\b", "speaker"),
    # "开幕式由院长邓文博主持", "范晓蕾担任主持，A、B…展开对话": the name before 主持 (the others not)
    (r"(?<=[\u3400-\u9fff])(?:教授|老师|先生|女士|博士)?(?:担任)?主持", "moderator"),
    # "Das Panel hat Jonas Becker moderiert": the name before the German verb
    (r"(?<=\s)moderiert(?:e|en)?\b(?!\s+(?:von|durch|wird|werden))", "moderator"),
)
# Sentence cues that give a role to every name in the sentence not taken by a BY_CUE.
SENTENCE_CUES = (
    # "In attendance were the Registrar, Mr. X; the President of Y, Mr. Z; ...": all there, none speaking
    (r"\bin attendance (?:were|was|are|included)\b|\bamong those (?:present|in attendance)\b", "attendee"),
    (r"评委|评审", "juror"), (r"致辞|致词|欢迎辞|欢迎词|开幕辞|开幕词|开幕式并讲话|开幕式上讲话", "welcome-speaker"),
    (r"主旨演讲|主题演讲|主旨报告|主题报告|主旨发言|主题发言", "keynote-speaker"), (r"主持", "moderator"),
    (r"与谈|评议|点评", "discussant"), (r"圆桌|对话|对谈", "panelist"),
    (r"主讲|发言|演讲|分享|为题|题为|报告|讲话|作总结|介绍了", "speaker"),
    (r"出席|参加|嘉宾", "attendee"),
    # Korean: 좌장 chairs, 사회 moderates, 개회사/환영사/축사 welcome, 기조 keynotes, 토론 discusses, 발제 speaks
    (r"좌장", "chair"), (r"사회로|사회를|사회자|모더레이터", "moderator"), (r"개회사|환영사|축사|인사말", "welcome-speaker"),
    (r"기조연설|기조강연|기조발제", "keynote-speaker"), (r"지정토론|토론", "discussant"), (r"패널", "panelist"),
    (r"발제|발표|강연", "speaker"), (r"참석", "attendee"),
    (r"\bpalabras de bienvenida\b|\bmots? de bienvenue\b|\bpalavras de boas-vindas\b|"
     # "Dopo i saluti istituzionali del Rettore", "Grußworte sprach X", "mot d'accueil de Y"
     r"\bsaluti\s+(?:istituzionali|di\s+benvenuto|iniziali)\b|\bi\s+saluti\s+(?:del|della|dei|di)\b|"
     r"\bgru(?:\u00df|ss)worte?\b|\bsaludos?\s+(?:institucional(?:es)?|de\s+bienvenida)\b|"
     r"\bsauda\u00e7\u00f5es\b|\bmot\s+d['\u2019]accueil\b|\b(?:mot|discours|allocution)\s+d['\u2019]ouverture\b|"
     # "hat den Tag eröffnet", "introduced the day": opened it
     r"\b(?:den\s+(?:Tag|Abend|Nachmittag|Workshop)|die\s+(?:Veranstaltung|Konferenz|Tagung))\s+er\u00f6ffnet\b|"
     r"\bintroduced the (?:day|event|evening|conference|symposium|forum)\b|"
     # "inauguraron las jornadas", "ha inaugurato il convegno", "ont ouvert la journée"
     r"\binaugur(?:aron|\u00f3|\u00f2|arono|ou|aram)\b|\bha(?:nno)?\s+inaugurato\b|\b(?:ont|a)\s+ouvert\s+l[ae]\b|"
     r"\babri(?:eron|\u00f3)\s+(?:las?|los|el)\s+(?:jornadas?|encuentro|foro|sesi\u00f3n|acto|evento|congreso|coloquio)\b|"
     r"\b(?:after|with)\s+the\s+(?:institutional\s+|welcome\s+|opening\s+)?greetings\s+(?:of|from)\b|"
     r"\bwelcom(?:e|ing) (?:remarks|address|speech)|\b(?:speech|address|remarks) (?:for|at) the opening\b|\bwelcom(?:ed|ing) (?:the )?(?:guests|participants|"
     r"audience|attendees|everyone)|\bopening (?:remarks|address|speech)|\bopened the (?:event|symposium|forum|"
     r"conference|festival|workshop|seminar|evening|day|programme|program|proceedings|session|panel|jam|"
     r"hackathon|meetup|showcase|lab|summit|conclave|week)|\baddressed the opening (?:session|ceremony)\b|\bopens? the (?:day|event|evening|programme|program|forum|"
     r"symposium|conference|festival|summit|hui)\b|\bwill open (?:the )?(?:event|evening|day|forum|symposium|session|"
     r"conference|summit|programme|program|proceedings)\b|\bopening the (?:session|event|day|forum|"
     r"symposium|conference|roundtable|workshop|evening|programme|program)\b", "welcome-speaker"),
    (r"\bkeynote", "keynote-speaker"),
    (r"\bmoderated\b", "moderator"),
    (r"\b(?:jury|judging panel|panel of judges)\s+(?:was\s+|is\s+|will\s+be\s+)?(?:chaired|presided over|headed|led)\b", "juror"),
    (r"\bpresided over (?:the |a )?(?:[\w-]+ ){0,3}ceremony\b", "host"),
    (r"\bpresided\b", "chair"),  # "presided over the session", "X presided."
    (r"\bco-?chaired\b", "co-chair"),
    (r"\bchaired\b", "chair"),
    (r"\bjudged\b|\bjudges\b|\bjudging\b", "juror"),  # ("a panel of judges": judges)
    (r"\bpanel(?:l?ists?)?\b|\broundtable\b|\bjoined the discussion\b|\bpainel\b|\bmesa(?:\s+redonda)?\b|\bautour\s+de\s+la\s+table\b|"
     r"\btavola\s+rotonda\b|\btable\s+ronde\b|\bpodiumsdiskussion\b|\bpodiumsgespr\u00e4ch\b|\b(?:auf\s+dem|am)\s+podium\b|"
     r"\b(?:taking|took|take)\s+part\s+in\s+the\s+(?:discussion|debate|round\s*table|panel)\b|"
     r"\bhad (?:an? )?(?:[\w-]+ ){0,2}(?:exchange|dialogue|discussion|conversation)s?\b", "panelist"),
    (r"\bjury\b|\bjurors?\b|\bjudges\b", "juror"),
    (r"\bq\s*&\s*a\b|\bpost-screening\b", "screening-guest"),
    (r"\bhosted\b|\bemceed\b", "host"),
    (r"\bintroduced (?:the |our |each )?(?:speakers?|guests?|panel(?:ists)?|keynote|him|her|them|screening|"
     r"films?|session|programme|program|evening|event|talk|lecture|masterclass)\b|"
     r"\bintroduced\s+(?=(?:Prof|Professor|Dr|Mr|Mrs|Ms)\b)", "introducer"),
    (r"\bperformed\b", "performer"),
    (r"\bin conversation\b|\bspoke\b|\b(?:took|answered|fielded) (?:audience |the audience's )?questions\b|\bspeakers?\b|\b(?:gave|delivered) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:talk|lecture|presentation|speech)|"
     r"\b(?:gave|proposed|delivered|moved) the vote of thanks\b|\bread on (?:his|her|their) behalf by\b|"
     r"\bofficiated\b|\bdeclared (?:the )?(?:[\w-]+ ){0,3}open\b|\bconveyed (?:the )?(?:[\w-]+ )?greetings\b|"
     r"\bclosed the (?:event|day|evening|forum|symposium|conference|summit|programme|program|session|seminar)\b|"
     r"\bdelivered (?:a |the )?(?:talk|lecture|presentation|speech)|"
     r"\b(?:made|gave|delivered) (?:a |the |their |his |her )?(?:concluding |closing |keynote )?(?:speech(?:es)?|reports?)\b|"
     r"\bexchanged views\b|\bponentes\b|\bponencias?\b|\bexpuso\b|\bpalestrantes\b|"
     # the same verbs in French, Italian, Spanish, Portuguese and German prose
     r"\b(?:ont|a)\s+pr\u00e9sent\u00e9\b|\bpr\u00e9sentera\b|\bintervien(?:t|dra|nent|dront)\b|\best\s+intervenue?\b|"
     r"\binterverr(?:\u00e0|anno)\b|\b\u00e8\s+intervenut[oa]\b|\bha\s+presentato\b|\bpresenter(?:\u00e0|anno)\b|"
     r"\bpresent\u00f3\b|\bintervino\b|\bhabl\u00f3\b|\bapresentou\b|\bfalou\b|\bsprach(?:en)?\b|\breferierte\b|"
     r"\bhielt\s+(?:einen|den)\s+(?:\w+\s+)?vortrag\b|"
     # an announcement's future: "she will present a lecture", "will lead a practical workshop"
     r"\bwill (?:present|give|deliver|lead|teach|speak|talk|share)\b|"
     r"\bpresented\b(?! (?:the |a |an )?(?:certificates?|awards?|prizes?|plaques?|gifts?|tokens?|mementos?|flowers))|"
     r"\bshared\b|\baddressed\b|\bdiscussed\b|\btalk(?:ed)? (?:on|about)\b|\bbriefed\b|\bdescribed\b|"
     r"\bintroduced (?:the |his |her |their |its |a |an )?[a-z]|"
     r"\b(?:led|conducted|ran|taught) (?:a|an|the) (?:[\w-]+ ){0,3}(?:workshop|masterclass|session|seminar|discussion|tour|lab|class)\b|"
     # "Mr. Xie Tao, Head of ..., explained the platform's ...", "took the cohort through ..."
     r"\b(?:explained|compared|outlined|argued|analy[sz]ed|demonstrated|showcased|reflected on|examined|"
     r"unpacked|gave an overview|announced|read out|reviewed|summari[sz]ed|assured|pledged|urged|commended|"
     r"encouraged|stressed|emphasi[sz]ed|underscored)\b|"
     r"\btook\s+[\"\u201c].{3,120}?[\"\u201d]\s+as\s+(?:the|her|his|their)\s+(?:topic|theme|subject)\b|\b(?:walked|took|talked)\s+(?:[\w'-]+\s+){0,4}through\b|"
     # "Our lead combat designer X kicked things off with ...", "Narrative director Y talked environmental storytelling"
     r"\bkicked (?:things |the (?:day|session|evening|morning|afternoon) )?off\b|\btalked\b|"
     r"\b(?:remarks|address|speech) (?:from|by)\b",
     "speaker"),
    (r"\bin the audience\b|\bbrought together\b|\battend(?:ed|ing)\b|\battendees?\b|\bguests?\b|\bparticipants?\b|"
     r"\b(?:also )?present (?:at|were|was)\b|"
     r"\bincluding\b|\bjoined\b|\bamong (?:them|those)\b", "attendee"),
)


def label_role(text: str) -> str | None:
    """The role a label or heading gives the people under it ('Panelists' -> panelist)."""
    for pattern, role in LABEL_ROLES:
        if re.search(pattern, text, re.IGNORECASE):
            return role
    return None


def sentence_roles(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, str, bool]]:
    """(index of a name span, role, whether the cue stands right before the name) for each
    name the sentence gives a role.

    `spans` are the names' character spans in the sentence, in order.
    """
    found: list[tuple[int, str, str]] = []
    taken: set[int] = set()
    used: list[tuple[int, int]] = []  # the 'by' cues that gave a role: not the others' verb
    for pattern, role in BY_CUES:
        for cue in re.finditer(pattern, sentence, re.IGNORECASE):
            after = cue.end()
            chain, listed = [], False
            for i, (start, end) in enumerate(spans):
                gap = sentence[after:start]
                if chain and i not in taken and start >= after and not BY_GAP_AFTER_NAME.fullmatch(gap) and \
                        (BY_GAP_POST.fullmatch(gap) or listed and BY_GAP_POST_LAST.fullmatch(gap)):
                    listed = True  # ("..., producer at X; B, ...": the list goes on)
                elif i in taken or start < after or not (BY_GAP_AFTER_NAME if chain else BY_GAP).fullmatch(gap):
                    continue
                found.append((i, role, True))
                taken.add(i)
                chain.append(i)
                used.append(cue.span())
                after = end  # "moderated by A and B": B follows A
            if len(chain) >= 2 and re.match(r",\s", sentence[spans[chain[0]][1]:]) and \
                    CLAUSE_VERB.match(sentence[spans[chain[-1]][1]:]):
                # "moderated by Professor Lü Cheng, Qiao Yan, Gu Xiaolei and Su Qing had an
                # exchange": the names after the first are the next clause's subject
                found = [f for f in found if f[0] not in chain[1:]]
                taken -= set(chain[1:])
            if role == "interviewer" and re.fullmatch(IN_CONVERSATION_WITH, cue.group(), re.IGNORECASE):
                # "Harriet Moss in conversation with Dr. Kwame Asante": she is the guest
                for i, (start, end) in enumerate(spans):
                    if i not in taken and end <= cue.start() and \
                            not re.search(r"[.;]", sentence[end:cue.start()]):
                        found.append((i, "speaker", True))
                        taken.add(i)
    for pattern, role in AFTER_CUES:
        for cue in re.finditer(pattern, sentence, re.IGNORECASE):
            before = [i for i, (start, _) in enumerate(spans) if start < cue.start() and i not in taken]
            # "In her report, the Head of the Programme, Dr. Rina Kusuma, expressed ...": the
            # sentence opens with the cue, so the first name after it
            after = [i for i, (start, _) in enumerate(spans) if start > cue.end() and i not in taken]
            who = before[-1] if before else after[0] if after and cue.start() == 0 else None
            if who is not None:
                found.append((who, role, True))
                taken.add(who)
                if role == "moderator":
                    used.append(cue.span())  # (主持: not the others' cue too)
    # A cue holds for the names of its own clause ("A delivered the opening speech, and B
    # gave the keynote address"); names in a clause with no cue take the sentence's first.
    clauses = [m.end() for m in CLAUSE.finditer(sentence)]
    bounds = list(zip([0] + clauses, clauses + [len(sentence)]))
    for i, (start, _) in enumerate(spans):
        if i in taken:
            continue
        a, b = next((a, b) for a, b in bounds if a <= start < b or b == len(sentence))
        role = _unused_cue(sentence, used, a, b) or _unused_cue(sentence, used)
        if role:
            found.append((i, role, False))
    return found


# (in Chinese, a comma between words: '、' lists, ',' ends a clause)
CLAUSE = re.compile(r",\s+and\s+(?=[A-Z])|;\s+|(?<=[\u3400-\u9fff]),\s*(?=[\u3400-\u9fff])")
CLAUSE_VERB = re.compile(r"\s+(?:had|have|held|discussed|exchanged|shared|talked|debated|engaged|conducted|"
                         r"spoke|took|joined|gave|delivered|presented)\b")


def _unused_cue(sentence: str, used: list[tuple[int, int]], start: int = 0,
                end: int | None = None) -> str | None:
    """The first cue (in SENTENCE_CUES' order) in sentence[start:end] that did not give its
    own name a role: in 'A also spoke at the forum, which was moderated by B', A spoke."""
    for pattern, role in SENTENCE_CUES:
        for m in re.finditer(pattern, sentence[start:end], re.IGNORECASE):
            if not any(a <= start + m.start() < b for a, b in used):
                return role
    return None


def list_role(lead: str) -> str | None:
    """The role of the people a sentence lists after `lead` ("Speakers included ...")."""
    for pattern, role in SENTENCE_CUES:
        if re.search(pattern, lead, re.IGNORECASE):
            return role
    return None


def colon_list_role(lead: str) -> str | None:
    """The role of the people listed under a sentence ending in a colon: its last clause's
    ("Moderated by X, ..., the panel brought together four speakers:"); "The panel was
    chaired by Dr X, ..., and featured:" lists the panel, not chairs."""
    last = re.split(r", |\u3002", lead)[-1]  # ("…由简宁主持。对话嘉宾为：": the last sentence's)
    if re.fullmatch(r"(?:and\s+)?(?:featured|included|featuring|including|brought together|with)\s*:", last):
        return "panelist" if re.search(r"\bpanel", lead, re.IGNORECASE) else "speaker"
    return list_role(last) or list_role(lead)


def by_role(lead: str) -> str | None:
    """The role a 'by' cue ending `lead` gives the names after it ('The pitching training
    was led by' -> speaker)."""
    for pattern, role in BY_CUES:
        if re.search(f"(?:{pattern})\\s*$", lead, re.IGNORECASE):
            return role
    return None
