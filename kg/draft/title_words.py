"""The words of posts, in the languages pages are written in: the words a title begins with,
jobs written before a name, the fields a title is about."""

from __future__ import annotations

# Words that begin a post's title.
TITLE_WORDS = frozenset("""
professor dean director manager head ceo cto coo cfo cmo president founder co-founder cofounder
partner producer lecturer officer editor curator programmer fellow researcher secretary chairman
chairwoman chairperson chair chief vice executive senior general managing deputy clinical
emeritus adjunct visiting associate assistant principal coordinator lead creative artistic
acting interim honorary founding distinguished member advisor adviser consultant instructor
provost chancellor rector governor commissioner minister ambassador representative mayor consul
senator councillor councilor
screenwriter writer filmmaker showrunner director-general vp svp evp md coordinator
programme program commissioning supervising colourist animator supervisor colorist mixer
technician engineer analyst strategist specialist officer administrator
phd candidate doctoral postdoctoral co-ordinator
reader leader trainee apprentice intern tutor mentor teacher educator registrar archivist owner
grip gaffer key agent reporter correspondent presenter anchor columnist counsel lawyer attorney
accountant host creator chaplain bursar librarian treasurer counsellor counselor liaison convenor convener attache
attaché spokesperson trustee rapporteur facilitator trainer scientist planner recruiter
vice-chancellor pro-vice-chancellor pro course line freelance former board team vice-president vice-dean
vice-chair vice-rector vice-principal vice-provost organizer organiser co-organizer co-organiser
directeur directrice directora directeur-général présidente presidente président professeur professeure
profesora profesor professorin catedrática catedrático catedratica jefe jefa responsable chargé chargée
délégué déléguée geschäftsführer geschäftsführerin leiter leiterin intendant intendantin coordinatrice
coordinadora coordinador rédactrice rédacteur redactora programmatrice programmateur réalisateur
réalisatrice realizadora realizador productrice producteur produzent produzentin regisseur
regisseurin dozent dozentin decano decana doyen doyenne rektor rektorin rector rectora vicerrector
vicerrectora vicedecano vicedecana gerente docente investigador investigadora productor productora
fundador fundadora secretario secretaria periodista guionista presidenta diretor diretora coordenador
coordenadora professora pesquisador pesquisadora reitor reitora produtora roteirista fondateur
fondatrice enseignant enseignante chercheur chercheuse
programador programadora curador curadora produtor jornalista cineasta sócio sócia socio socia
distribuidor distribuidora crítico crítica critico critica editora pesquisadora assessor assessora
analista consultor consultora especialista diretor-geral diretora-geral director-general directora-general
gestor gestora gestore programmatore programmatrice docente ricercatore ricercatrice direttore direttrice
produttore produttrice presidente regista sceneggiatore sceneggiatrice giornalista critico
präsident präsidentin vorsitzender vorsitzende redakteur redakteurin producerin direktor direktorin dekan dekanin
responsabile coordinatore assessore rettore rettrice prorettore prorettrice preside professore professoressa
segretario segretaria dirigente curatore curatrice autore autrice fondatore fondatrice amministratore amministratrice
delegato delegata consulente montatore montatrice
docent lector hoogleraar producent scenarist hoofd oprichter oprichtster coördinator decaan
adiunkt profesor dziekan prodziekan prorektor dyrektor dyrektorka producentka reżyser reżyserka kierownik
kierowniczka redaktor redaktorka prezes założyciel założycielka ekspert ekspertka scenarzysta scenarzystka krytyk
degà vicedegà argumentista vice-reitor vice-reitora prorektorin vizerektor vizerektorin studiengangsleiter
studiengangsleiterin drehbuchautor drehbuchautorin autorin programmchef programmchefin kameramann kamerafrau
referent referentin kurator kuratorin gründer gründerin mitgründer mitgründerin professor professorin vizepräsident vizepräsidentin
journalistin schauspieler schauspielerin filmemacher filmemacherin kritiker kritikerin cutterin
sprecher sprecherin stoffentwickler stoffentwicklerin herstellungsleiter herstellungsleiterin editorin mitglied
förderreferent förderreferentin dramaturgin
komponist komponistin animatorin
""".split())
# Words that begin a post only in a language whose titles the page writes before 'de', 'di', 'von'.
ROMANCE_TITLE_WORDS = frozenset("responsabile cheffe chef mitgründer mitgründerin cofundador cofundadora magnifico "
                                "cofondateur cofondatrice fondatore fondatrice tutora estudiante estudante "
                                "étudiant étudiante studente studentessa gérant gérante membre membro miembro "
                                "responsável chargé chargée adjoint adjointe délégué déléguée conseiller conseillère "
                                "enseignant enseignante enseignante-chercheuse enseignant-chercheur professeure "
                                "coordinatrice coordenadora coordenador diretora diretor secrétaire trésorière trésorier".split())
# "Director de Contenidos de Andes Play": a field of work after 'de' is the title's, not a body.
ROMANCE_FIELDS = frozenset("""
contenidos conteúdos contenus contenuti programación programação programmation programmazione
producción produção production produzione comunicación comunicação communication comunicazione
desarrollo desenvolvimento développement sviluppo negocios negócios affaires marketing fotografía
fotografia photographie guion guión roteiro animación animação animation animazione distribución
distribuição distribution distribuzione adquisiciones aquisições acquisitions acquisizioni ventas
vendas ventes vendite proyectos projetos projets progetti postproducción pós-produção
postproduction relaciones operaciones estrategia innovación innovação innovation investigación
pesquisa recherche ricerca formación formação formation formazione ficción ficção fiction
""".split())
# An art after 'de' that makes a job, not a post at a body ("Director de Cine").
ROMANCE_ARTS = frozenset("cine cinema cinéma televisión televisão télévision arte".split())
ROMANCE_FIELDS_AND_ARTS = ROMANCE_FIELDS | ROMANCE_ARTS
# A course or programme named by its subject ("Curso de Cinema e Audiovisual da Universidade X"):
# a unit, not a post's subject.
ROMANCE_UNITS = frozenset("curso carrera licenciatura maestría maestria mestrado doutorado doctorado programa "
                          "diplomado grado posgrado".split())
# Lower-case job words a page writes without an organisation ("producer Adam Fratto").
JOB_WORDS = frozenset("""
producer screenwriter writer director filmmaker actor actress critic journalist editor curator
programmer cinematographer composer animator scholar researcher consultant entrepreneur
showrunner playwright novelist artist photographer designer professor lecturer documentarian
distributor executive investor author supervisor colorist colourist mixer person compositor
modeller modeler rigger gaffer storyboarder illustrator technologist engineer developer evangelist
coordinator manager presenter broadcaster reporter correspondent columnist podcaster musician singer
comedian poet choreographer dramaturg
""".split())
# A word that says a post, of either kind (built once: entries and titles check it on every word).
POST_WORDS = TITLE_WORDS | JOB_WORDS
# The same jobs in the languages of Romance and Dutch pages, written before the name in
# prose ("il regista Antonio Palumbo", "la réalisatrice Claire Dubois", "el guionista X").
# (not "productora"/"produtora": as often the production company, "la productora Parque Chas")
ROMANCE_JOB_WORDS = frozenset("""
regista giornalista produttore produttrice sceneggiatore sceneggiatrice attore attrice critico critica
montatore montatrice documentarista animatore animatrice fotografo fotografa scrittore scrittrice
réalisateur réalisatrice producteur productrice scénariste journaliste comédien comédienne cinéaste
acteur actrice monteur monteuse documentariste animateur écrivain écrivaine
cineasta productor guionista periodista actriz realizador realizadora documentalista
animador animadora fotógrafo fotógrafa escritor escritora jornalista roteirista produtor
cineast regisseur regisseuse journalist scenarist
""".split())
# Words after 'of' that make a title, not an organisation ("Head of Production").
SUBJECT_WORDS = frozenset("""
production productions screenwriting film films photography content development marketing
distribution programming studies arts media communication communications directing editing
animation acquisitions operations strategy research business sales partnerships drama
cinema cinematic screen television documentary documentaries international global digital creative
post-production engineering technology innovation curation education training story talent
original originals series factual scripted comedy features games music casting finance legal
programmes programme program programs people hr production technology directors trustees governors regents
cinematography sound producing acting journalism writing criticism history theory photography
co-production co-productions coproduction coproductions affairs relations events industry commissioning slate
""".split())
# German jobs, written in capitals as every German noun is ("die Regisseurin Anna Krüger").
GERMAN_JOBS = frozenset("""
regisseur regisseurin produzent produzentin journalist journalistin drehbuchautor drehbuchautorin
schauspieler schauspielerin autor autorin filmemacher filmemacherin kritiker kritikerin kameramann
kamerafrau editorin cutter cutterin komponist komponistin animatorin kuratorin kurator dozent dozentin
""".split())
