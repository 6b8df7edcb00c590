"""The extractor version: a hash of the extraction code, the trained models and the lexicons
(with the user's PETRARCH dictionaries, if named). When it changes, the warehouse re-extracts
documents even if their files did not change."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .lexicon import PACKAGED_DIR, _files, petrarch_files
from .ner import tagger_enabled

CORE_DIR = Path(__file__).parent


@lru_cache(maxsize=None)
def extractor_version() -> str:
    h = hashlib.sha256()
    lexicon_names = sorted(p.name for p in PACKAGED_DIR.glob("*.tsv"))
    models = sorted((CORE_DIR / "models").glob("*"))  # a retrained tagger finds other names
    paths = sorted(CORE_DIR.glob("*.py")) + models + [p for name in lexicon_names for p in _files(name)]
    for path in paths:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    h.update(f"name tagger {tagger_enabled()}".encode())  # switched off, it finds fewer names
    for var, path in petrarch_files():  # user PETRARCH dictionaries (ETL_PETRARCH_*, ETL_CAMEO_PLOVER)
        h.update(var.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]
