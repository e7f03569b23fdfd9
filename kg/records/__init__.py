"""Records: YAML and CSV files under the data folders -> checked Records (plain dataclasses).

Enters: record files. Leaves: `Records`, or every problem found with its file and line.
"""
