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
    r"moderaci\u00f3n|moderador[a]?|modera|ponentes?|media\u00e7\u00e3o|mediador[a]?|participantes|palestrantes?|"
    r"intervenants?|invit[\u00e9e]s?|convidad[oa]s|invitad[oa]s|j[\u00fau]ri|jurad[oa]s?|relator[ei]|moderatore|al tavolo|intervengono|(?:production )?company|pr\u00e9sidence(?: de s\u00e9ance)?|discutant(?:e|es|s)?|begr\u00fc(?:ss|\u00df)ung|gru\u00dfwort|"
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
    r"veranstalter|organisateurs?|organizadores?)$",
    re.IGNORECASE)
