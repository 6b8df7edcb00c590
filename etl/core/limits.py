"""Bounds on the work and output of one document.

Without them a small hostile input costs without bound: 312 KB of `قال "` repeated (sentences of
19,500 characters) took 77 s and 2.7 GB and wrote 38,990 claims whose contents, each running to
the end of its sentence, summed to 380 M characters; 300 KB of `قال إن` spent 10 s a sentence
reading cues that made no claims. Beyond a bound the document is rejected
(`DocumentTooCostly`, which the batch layer records as the rejection reason) instead of being
half extracted, except the length of one claim's content, which is cut at a word.

The bounds come from the reference corpus (`ant_news.parquet`, 23,897 articles, extracted with
every claim's content running to the end of its sentence): the most claims in one sentence is 7
(and the most reporting-cue words 9),
the longest content 976 characters, the most claims per 1,000 characters 16 (in articles of 300
characters or more; no article under 300 characters has more than 4), the most content per
character of text 1.72, and the slowest article 0.71 s on a loaded machine. Each bound is three
to four times the corpus maximum, so no real article comes near it.

The time bound counts the extracting thread's CPU time, not the wall clock: a machine busy with
other work slows a document down without making it costlier, and must not get it rejected.
"""
from __future__ import annotations

import time
from collections.abc import Callable

MAX_CLAIMS_PER_SENTENCE = 20
MAX_CUES_PER_SENTENCE = 40        # reporting-cue words read in one sentence, claims or not
MAX_CONTENT_CHARS = 4_000
MAX_CLAIMS_PER_1000_CHARS = 60
CLAIMS_ALWAYS_ALLOWED = 20        # a short text may hold a few claims whatever its length
MAX_CONTENT_PER_TEXT_CHAR = 5.0   # all claims' content together, per character of the document
MAX_DOCUMENT_SECONDS = 20.0


class DocumentTooCostly(Exception):
    """The document needs more work or output than any real article: it is rejected, with the
    bound it broke as the reason."""


class DocumentBudget:
    """What one document may still cost; `extract` and the claim finder charge it as they go."""

    def __init__(self, n_chars: int, clock: Callable[[], float] = time.thread_time):
        self.n_chars = n_chars
        self.clock = clock
        self.started = clock()
        self.claims = 0
        self.content_chars = 0

    def check_time(self) -> None:
        elapsed = self.clock() - self.started
        if elapsed > MAX_DOCUMENT_SECONDS:
            raise DocumentTooCostly(
                f"extraction took more than {MAX_DOCUMENT_SECONDS:g} s of CPU time (the slowest corpus article takes "
                f"under 1 s): not article text, or text the extractor cannot read in time")

    def check_sentence_claims(self, n_claims: int, sentence_idx: int) -> None:
        if n_claims > MAX_CLAIMS_PER_SENTENCE:
            raise DocumentTooCostly(
                f"sentence {sentence_idx} holds more than {MAX_CLAIMS_PER_SENTENCE} claims "
                f"(no corpus article has more than 7 in a sentence): not article text")

    def check_sentence_cues(self, n_cues: int, sentence_idx: int) -> None:
        """Each cue is read against the whole sentence (its subject, content, clause), so a
        sentence of cues that make no claims (`قال إن قال إن ...`) still costs their square."""
        if n_cues > MAX_CUES_PER_SENTENCE:
            raise DocumentTooCostly(
                f"sentence {sentence_idx} holds {n_cues:,} reporting cues, more than {MAX_CUES_PER_SENTENCE} "
                f"(no corpus article has more than 9 in a sentence): not article text")

    def charge_claims(self, n_claims: int, content_chars: int) -> None:
        self.claims += n_claims
        self.content_chars += content_chars
        allowed = max(CLAIMS_ALWAYS_ALLOWED, MAX_CLAIMS_PER_1000_CHARS * self.n_chars / 1000)
        if self.claims > allowed:
            raise DocumentTooCostly(
                f"more than {allowed:,.0f} claims in {self.n_chars:,} characters (corpus articles have at "
                f"most 16 per 1,000 characters): not article text")
        if self.content_chars > MAX_CONTENT_PER_TEXT_CHAR * max(self.n_chars, 1000):
            raise DocumentTooCostly(
                f"claim contents add up to more than {MAX_CONTENT_PER_TEXT_CHAR:g} times the text's "
                f"{self.n_chars:,} characters (corpus articles at most 1.7 times): not article text")
