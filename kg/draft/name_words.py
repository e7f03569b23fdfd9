"""Words that say how a name is built: given names that come second in a compound given
name, the honorifics of pages whose names carry two surnames (Spanish, Portuguese,
Italian), what ends a Portuguese name, and the words after which a list of names follows."""

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
chiara grazia luca carlo paolo pietro giovanni angela francesca""".split())
# What ends a Portuguese name after its surnames ("João Pedro Cavalcanti de Oliveira Neto").
IBERIAN_SUFFIXES = frozenset("neto júnior junior filho sobrinho".split())


# Names listed after who they are ("Computer Science students A, B and C", "the first three
# fellows – A, B and C", "Team Mashujaa – A and B –"): people, whatever their form.
_LISTED_NAME = r"(?:[A-Z][\w'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+"
LISTED_NAMES = re.compile(rf"\b(?:students|graduates|alumni|alumnae|fellows|winners|finalists|trainees|"
                          rf"[Tt]eam\s+[A-Z][\w-]*)(?:\s*[\u2013\u2014:]|\s+-)?\s+"
                          rf"({_LISTED_NAME}(?:\s*,\s*{_LISTED_NAME})*(?:,?\s+and\s+{_LISTED_NAME})?)")
