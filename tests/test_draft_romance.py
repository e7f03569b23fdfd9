"""`kg draft` on Spanish and Italian school news: a post written before the name as an
apposition ('El director de la ECAVA, Álvaro Mediavilla Ruiz,'), the verb that opens a list
of guests ('Participaron Iñigo Arrieta, ...'), a jury 'formado por' its members, and the
verbs that open a day ('inauguraron las jornadas')."""

from __future__ import annotations

from test_draft_chinese_meetings import _draft, _roles
from test_draft_pages import _posts

JORNADAS = """Escuela de Cine del Estrecho

III Jornadas de Animación e Industria de la ECE

Redacción ECE | 17 de noviembre de 2025

La Escuela de Cine del Estrecho (ECE) celebró los días 12 y 13 de noviembre sus III Jornadas de Animación e Industria.

El director de la ECE, Julián Barroso Peña, y la gerente de la Fundación Levante Audiovisual, Noelia Cortés, \
inauguraron las jornadas el miércoles por la mañana.

Mesa redonda: del aula al estudio

Participaron Ander Etxeberria, director de producción en Kresala Studio; Lorena Vidal, supervisora de \
storyboard en Pinzón Animation, y Mateo Ríos, animador 3D en Faro VFX.

El jueves, los estudiantes presentaron once proyectos ante un jurado formado por Ainhoa Sarasola, \
productora ejecutiva de Kresala Studio; Tomás Alcántara, responsable de desarrollo de Bahía Televisión, \
y la propia Lorena Vidal.
"""


def test_appositions_list_verbs_juries_and_openings_in_spanish(tmp_path):
    document = _draft(JORNADAS, tmp_path)
    people = {p["name"] for p in document["people"]}
    assert {"Julián Barroso Peña", "Noelia Cortés", "Ander Etxeberria", "Ainhoa Sarasola"} <= people
    assert not any(name.startswith("Participaron") for name in people)
    _, posts = _posts(document)
    assert posts["Julián Barroso Peña"] == [("director", "Escuela de Cine del Estrecho")] or \
        posts["Julián Barroso Peña"] == [("director", "ECE")]
    assert posts["Noelia Cortés"] == [("gerente", "Fundación Levante Audiovisual")]
    roles = {name: {r for _, r in found} for name, found in _roles(document).items()}
    assert "welcome-speaker" in roles["Julián Barroso Peña"] and "welcome-speaker" in roles["Noelia Cortés"]
    assert "juror" in roles["Ainhoa Sarasola"] and "juror" in roles["Tomás Alcántara"]
