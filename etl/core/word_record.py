"""One record per distinct word form for the name tagger's path (`ner.py`, `actor_tagging.py`).

The tagger's features of a word, whether its own features lean to a name (`may_be_in_name`) and
what it may open or continue for a tagging window were kept in a separate table each, and the
word's own features were built twice when both the window test and the tagger asked. A record
is made once per word and each answer is filled the first time it is asked: the answers depend
on the word alone (and the process's one model and lexicon), so none is ever recomputed.

The table is bounded (`WordRecords.LIMIT`): a year of news keeps bringing new word forms, and
the records of a worker's whole share of it would outgrow its memory. Emptying the table costs
only the first-time work again; every answer is the same.
"""
from __future__ import annotations


class WordRecord:
    """What the tagger's path knows of one word; None: not asked yet."""
    __slots__ = ("bare", "own", "context", "pairs_next", "pairs_before", "in_name")

    def __init__(self, bare: str, own: tuple):
        self.bare = bare          # without proclitics and article (`ner._bare`)
        self.own = own            # its own features (UTF-8 bytes with a model, else strings)
        self.context = None       # its features as the neighbour at each offset of `ner._CONTEXT`
        # the bare forms of a next word that make a known pair feature with it: on the next
        # word (`-1|0=bare|next`), and on it (`0|+1=bare|next`)
        self.pairs_next = None
        self.pairs_before = None
        self.in_name = None       # `NameTagger.may_be_in_name`


class WordRecords(dict):
    """word → `WordRecord`, emptied when it holds `LIMIT` words and a new one comes. A caller
    keeps the record objects it took (a sequence's list of them), so emptying the table in the
    middle of a sequence changes nothing of it."""
    LIMIT = 100_000  # ~1 KB a record with its features (measured on 1,000 articles): ~100 MB at most

    def add(self, word: str, record: WordRecord) -> WordRecord:
        if len(self) >= self.LIMIT:
            self.clear()
        self[word] = record
        return record
