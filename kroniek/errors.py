"""Coded error and warning messages, spaCy style: ``raise ValueError(Errors.E001.format(...))``.

Messages that reach users name the file or article and say why, so that one bad
input can be found and fixed without reading a traceback.
"""


class Errors:
    # readers
    E001 = "{origin}: not valid UTF-8 at byte {pos}; undecodable bytes replaced with U+FFFD"
    E002 = "{origin}: looks like a binary file (NUL bytes), skipped"
    E003 = "{origin}: empty article (no text after the header), skipped"
    E004 = "{origin}: line is not valid JSON ({reason}), skipped"
    E005 = "{origin}: JSON object has no string 'text' field, skipped"
    E006 = "{origin}: file is {size_mb:.1f} MB, above the {limit_mb:.0f} MB limit per article (--max-mb), skipped"
    E007 = "{origin}: invalid date header {value!r} (expected YYYY-MM or YYYY-MM-DD); date treated as unknown"
    E008 = "{origin}: invalid 'date' field {value!r} (expected YYYY-MM or YYYY-MM-DD); date treated as unknown"
    E009 = "{origin}: no such file or directory"
    E010 = "{origin}: JSON line is not an object, skipped"
    E011 = "{origin}: cannot read file ({reason})"
    # pipeline
    E020 = "{origin}: pipeline failed on this article ({reason}); other articles are unaffected"
    E021 = "Unknown language {lang!r}: no folder kroniek/lang/{lang}/"
    E022 = "Resource {name!r} not found under {folder}"
    E023 = "{path}:{line}: malformed row ({reason})"
    # store
    E030 = "Cannot open database {url!r}: {reason}"
    E031 = "No database at {path!r}: run `kroniek ingest ... --db {path}` first"


class Warnings:
    W001 = ("Trained model not found at {path}; falling back to the rule pipeline "
            "(run scripts/train_nl.py to build it)")
    W002 = "Trained model at {path} could not be loaded ({reason}); falling back to the rule pipeline"
