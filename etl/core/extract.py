"""One document's text → rows of the warehouse tables (plain dicts, offsets into the original)."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from .actor_lexicon import Actor, Mention
from .acting_parties import acts, named_as_party
from .actors import ActorFinder, as_written
from .claim_anonymity import is_unnamed_source
from .claims import Claim, ClaimFinder
from .dates import DateMention, extract_dates
from .events import EventFinder
from .ids import row_id
from .lexicon import word_classes
from .limits import DocumentBudget
from .matching import tokenize
from .sentences import split_sentences
from .morphology import with_conjunctions, without_conjunction
from .text import Normalized, normalize
from .timing import NoTimer, StageTimer

DENIAL_CUES = word_classes()["denial_verb"]  # normalised forms of نفى (function_words.tsv)
_DENIAL_WORDS = with_conjunctions(DENIAL_CUES)  # for a set lookup per token
_OFFICIALS = word_classes()["official_noun"]  # `مسؤولون`, `متحدث`: an unnamed holder of an office


@dataclass
class Extraction:
    sentences: list[dict] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    actor_mentions: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    date_mentions: list[dict] = field(default_factory=list)


def extract(doc_id: str, text: str, published_on: dt.date | None, language: str = "ar",
            timer: StageTimer | NoTimer = NoTimer()) -> Extraction:
    """Raises `limits.DocumentTooCostly` for a text that needs more work or output than any
    real article (the batch layer rejects the document with its message as the reason)."""
    out = Extraction()
    budget = DocumentBudget(len(text))
    with timer.stage("sentences"):
        sentences = split_sentences(text)
    out.sentences = [dict(doc_id=doc_id, sentence_idx=s.idx, char_start=s.start, char_end=s.end,
                          text=s.text, is_boilerplate=s.is_boilerplate) for s in sentences]
    if language != "ar":
        return out  # no Arabic rows are invented for text the extractor does not cover
    with timer.stage("normalise"):
        norm = normalize(text)
        tokens = tokenize(norm)
        starts = [t.start for t in tokens]
    with timer.stage("actors"):
        actors = ActorFinder(tokens, norm.text, original=norm)
    claims = ClaimFinder(tokens, norm.text, describe=actors.described, budget=budget, original=norm)
    events = EventFinder(tokens, norm.text, published_on.year if published_on else None, original=norm)

    denial_cues = [k for k, t in enumerate(tokens) if t.word in _DENIAL_WORDS]
    subjects: set[str] = set()
    with timer.stage("dates"):
        dates_by_sentence = _dates_by_sentence(text, published_on, sentences, norm)

    def span(start: int, end: int) -> tuple[int, int, str]:
        a, b = norm.to_original(start, end)
        return a, b, text[a:b]

    def add_mention(m: Mention, sentence_idx: int) -> tuple[int, int]:
        a, b, surface = span(m.start, m.end)
        if m.actor.actor_id not in out.actors:
            out.actors[m.actor.actor_id] = as_written(m.actor, surface)
        out.actor_mentions.append(dict(doc_id=doc_id, sentence_idx=sentence_idx, actor_id=m.actor.actor_id,
                                       surface=surface, char_start=a, char_end=b))
        return a, b

    for s in sentences:
        if s.is_boilerplate:
            continue
        budget.check_time()
        first = bisect.bisect_left(starts, norm.to_normalized(s.start))
        last = bisect.bisect_left(starts, norm.to_normalized(s.end))
        with timer.stage("actors"):
            found = actors.find(first, last)
        mentions = [m for m in found if not m.place]
        if mentions and mentions[0].first == first + 1:
            subjects.add(mentions[0].actor.actor_id)  # `وحمّلت أنقرة ...`: the subject of a verb-first sentence
        subjects.update(m.actor.actor_id for m in mentions if acts(tokens, m, first, last))
        sentence_rows = len(out.actor_mentions)
        for m in mentions:
            add_mention(m, s.idx)
        with timer.stage("claims"):  # the first sentence may be a `NAME: statement` headline
            found_claims = claims.find(first, last, mentions, is_title=s.idx == 0, sentence_idx=s.idx)
        budget.charge_claims(len(found_claims), sum(c.content_end - c.content_start for c in found_claims))
        claim_rows = [_claim_row(doc_id, s.idx, c, span) for c in found_claims]
        described = {c.source for c in found_claims if c.source is not None and first <= c.source.first < last
                     and c.source not in mentions}
        for m in sorted(described, key=lambda m: m.first):  # speakers only the claim rule found
            a, b = add_mention(m, s.idx)
            out.actor_mentions[sentence_rows:-1] = [  # `موقع [الرئاسة الإيرانية]`: the described phrase holds it
                r for r in out.actor_mentions[sentence_rows:-1] if not a <= r["char_start"] <= r["char_end"] <= b]
        for c, row in zip(found_claims, claim_rows):
            if c.parent is not None:
                row["parent_claim_id"] = claim_rows[found_claims.index(c.parent)]["claim_id"]
            if c.channel is not None:
                out.actors.setdefault(c.channel.actor_id, c.channel)
        out.claims.extend(claim_rows)
        dates = dates_by_sentence.get(s.idx, [])
        out.date_mentions.extend(dict(doc_id=doc_id, sentence_idx=s.idx, surface=d.surface, char_start=d.char_start,
                                      char_end=d.char_end, value_start=d.value_start, value_end=d.value_end,
                                      precision=d.precision, is_relative=d.is_relative,
                                      partial_value=d.partial_value) for d in dates)
        with timer.stage("events"):
            denials = denial_cues[bisect.bisect_left(denial_cues, first):bisect.bisect_left(denial_cues, last)]
            found_events = events.find(first, last, _outermost(_with_unnamed_speakers(mentions, described, tokens)), denials, [m for m in found if m.place])
        for e in found_events:
            a, b, trigger = span(e.trigger_start, e.trigger_end)
            for party in (e.source, e.target):  # a state only an adjective names (`الضربات الإسرائيلية`)
                if party is not None:
                    out.actors.setdefault(party.actor_id, party)
            date = _nearest_date(dates, a)
            claim_id = next((r["claim_id"] for c, r in zip(found_claims, claim_rows)
                             if c.content_start <= e.trigger_start < c.content_end and c.parent is None), None)
            loc = e.location
            event_type = "AGREE" if e.event_type == "CONSULT" and _dated_after(published_on, date, text, b) else e.event_type
            out.events.append(dict(
                event_id=row_id("ev", doc_id, a, b, event_type), doc_id=doc_id, sentence_idx=s.idx,
                event_type=event_type, event_mode=e.event_mode, trigger=trigger, trigger_start=a, trigger_end=b,
                source_actor_id=e.source.actor_id if e.source else None,
                target_actor_id=e.target.actor_id if e.target else None,
                location=span(loc.start, loc.end)[2] if loc else None,
                location_country_iso3=loc.actor.country_iso3 if loc else None,
                event_date=date.value_start if date else published_on,
                date_precision=(date.precision if date.precision != "range" else "day") if date else
                ("day" if published_on else None),
                negated=e.negated, claim_id=claim_id, reported=e.reported))
    _drop_roleless(out, text, subjects)
    return out


def _drop_roleless(out: Extraction, text: str, subjects: set[str]) -> None:
    """States and collectives that neither act, are acted on, nor speak in the document are
    its topic or setting, not its actors: their mentions are dropped (a state named twice stays).
    Members of a list (`بحضور أنقرة وطهران وموسكو`) share the role of any member."""
    roles = {r[k] for r in out.events for k in ("source_actor_id", "target_actor_id")} | \
        {r[k] for r in out.claims for k in ("source_actor_id", "channel_actor_id")} | subjects
    mentions = sorted(out.actor_mentions, key=lambda m: m["char_start"])
    changed = True
    while changed:
        changed = False
        for a, b in zip(mentions, mentions[1:]):
            listed = a["sentence_idx"] == b["sentence_idx"] and \
                text[a["char_end"]:b["char_start"]].strip() in ("و", "،", ",", "، و", "أو", "")
            if listed and (a["actor_id"] in roles) != (b["actor_id"] in roles):
                roles |= {a["actor_id"], b["actor_id"]}
                changed = True
    named = Counter(m["actor_id"] for m in out.actor_mentions)
    # a state named again and again is a party to the story even where the rules miss its role
    idle = {a for a, actor in out.actors.items() if actor.needs_role and a not in roles
            and not (actor.actor_type == "state" and named[a] >= 2)
            and not named_as_party(actor, [m for m in out.actor_mentions if m["actor_id"] == a], text)}
    if idle:
        out.actor_mentions = [m for m in out.actor_mentions if m["actor_id"] not in idle]
        out.actors = {a: actor for a, actor in out.actors.items() if a not in idle}


def _claim_row(doc_id: str, sentence_idx: int, c: Claim, span) -> dict:
    cue_a, cue_b, cue = span(c.cue_start, c.cue_end)
    con_a, con_b, content = span(c.content_start, c.content_end)
    source_text = span(*c.source_span)[2] if c.source_span else ""
    actor = c.source.actor if c.source else None
    # a source only words gave (`تجار`, `مسؤولين`) is anonymous when they describe unnamed people
    anonymous = actor.anonymous if actor else is_unnamed_source(source_text)
    return dict(
        claim_id=row_id("cl", doc_id, cue_a, con_a, source_text, c.parent is not None),
        doc_id=doc_id, sentence_idx=sentence_idx, source_text=source_text,
        source_actor_id=actor.actor_id if actor else None,
        source_kind="anonymous" if anonymous else _source_kind(actor), is_anonymous=bool(anonymous),
        channel_actor_id=c.channel.actor_id if c.channel else None,
        cue=cue, cue_start=cue_a, cue_end=cue_b, content=content, content_start=con_a, content_end=con_b,
        hedged=c.hedged, parent_claim_id=None)


def _source_kind(actor: Actor | None) -> str:
    if actor is None:
        return "unattributed"
    if actor.anonymous:
        return "anonymous"
    return {"person": "person", "state": "government", "government": "government", "military": "government",
            "media": "media", "anonymous_source": "anonymous"}.get(actor.actor_type, "organization")


def _dates_by_sentence(text: str, published_on: dt.date | None, sentences, norm: Normalized
                       ) -> dict[int, list[DateMention]]:
    """Date mentions of the whole text (one pass), each kept in the article sentence holding it."""
    starts = [s.start for s in sentences]
    out: dict[int, list[DateMention]] = {}
    # without a publication date, a day or month written without its year is still worth a row
    for d in extract_dates(text, published_on, keep_unresolved_year=published_on is None, norm=norm):
        k = bisect.bisect_right(starts, d.char_start) - 1
        if k >= 0 and not sentences[k].is_boilerplate and d.char_end <= sentences[k].end:
            out.setdefault(sentences[k].idx, []).append(d)
    return out


def _with_unnamed_speakers(mentions: list[Mention], described, tokens) -> list[Mention]:
    """The sentence's parties with the unnamed officials only the claim rule found (`أعلن مسؤولون
    أكراد التوصل إلى اتفاق`): the subject of the trigger's own clause, who would otherwise be
    replaced by a party named sentences before. Only holders of an office act for a party: the
    other unnamed speakers only tell (`تقارير`, `مراقبون`, `مصادر`), and named speakers it
    described (`البيان`, a title) stay out, the actor finder's own reading of them is the party."""
    unnamed = [m for m in described if (m.actor.anonymous or m.actor.actor_type == "anonymous_source")
               and without_conjunction(tokens[m.first].word) in _OFFICIALS]
    return sorted([*mentions, *unnamed], key=lambda m: m.first) if unnamed else mentions


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """The mentions no other mention holds: the body inside a holder's title (`الأمين العام [للأمم
    المتحدة] X`) is an actor of the text but no party of the act the holder does."""
    return [m for m in mentions if not any(o.first <= m.first and m.last <= o.last and o.last - o.first > m.last - m.first
                                           for o in mentions)]


# what ends the words a trigger's own time adverbial may stand in: a clause or a quotation
_CLAUSE_END = re.compile(r"[،,.:;؛\"«»“”()]")
_DATE_REACH = 60  # characters between a trigger and its own date (`اجتماع من المقرر عقده يوم الأربعاء`)


def _dated_after(published_on: dt.date | None, mention: DateMention | None, text: str, trigger_end: int) -> bool:
    """`قبل مؤتمر للمانحين يعقد في باريس في أبريل`, `اجتماع من المقرر عقده يوم الأربعاء 25 يوليو`: a date
    after the publication date in the trigger's own clause, right after it, puts a meeting still to
    come: the PLOVER manual codes a meeting agreed or planned as AGREE, only one held as CONSULT."""
    if published_on is None or mention is None or mention.value_start is None or mention.precision == "year":
        return False
    between = text[trigger_end:mention.char_start]  # (empty for a date before the trigger: checked first)
    return mention.value_start > published_on and mention.char_start >= trigger_end and len(between) <= _DATE_REACH \
        and not _CLAUSE_END.search(between)


def _nearest_date(dates: list[DateMention], pos: int) -> DateMention | None:
    """The resolved date mention closest to `pos` (one with an unknown year cannot date an event)."""
    return min((d for d in dates if d.value_start is not None), key=lambda d: abs(d.char_start - pos), default=None)
