"""The kg ontology, concept schemes and SHACL shapes, installed as the package `kg.ontology_files`.

This file only makes the folder a package, so importlib.resources finds the Turtle files
both in an editable install and in a wheel.
"""
