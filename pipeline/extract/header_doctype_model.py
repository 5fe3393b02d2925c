"""A small character-bigram text classifier that speaks for doc_type only where the rules are unsure.

Why: the weighted cues of header_doctype are sure when a title names its genre (…的通知, …方案)
or a cover notice issues a plan; without such a cue they weigh body cues (datelines, 征稿
terms, 成效 words) that real pages mix freely. A bag-of-bigrams spaCy textcat, trained by
tools/train_doctype.py on the annotated non-validation documents with a fixed seed, reads the
head of the text as a whole. It decides only when the rules had no title genre word or cover
notice, their top two genres were close (margin below one title cue), and it is confident;
else the rules stand. The evidence stays the rules' best cue (or the title). Without the model
files or spaCy the rules decide alone.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.extract.header_doctype import Decision

MODEL_DIR = Path(__file__).resolve().parents[1] / "models_data" / "doctype_textcat"
LABELS = ("notice", "plan", "summary", "news", "other")
HEAD = 1500  # characters of the normalized text the model reads
MAX_MARGIN = 6.0  # rules' top total minus second total below this: unsure
MIN_PROB = 0.9


@lru_cache(maxsize=1)
def model() -> Any | None:
    """The trained pipeline, loaded once per process; None when absent or unloadable."""
    if not (MODEL_DIR / "config.cfg").exists():
        return None
    try:
        import spacy

        return spacy.load(MODEL_DIR)
    except (ImportError, OSError, ValueError):
        return None


def classify(text: str) -> tuple[str, float] | None:
    """(label, probability) of the model's best genre for the head of `text`."""
    nlp = model()
    if nlp is None:
        return None
    cats = nlp(text[:HEAD]).cats
    label = max(cats, key=cats.get)
    return label, float(cats[label])


def combine(decision: Decision, text: str) -> Decision:
    """The rules' decision, or the model's genre (with the rules' evidence) where they are unsure."""
    if decision.titled or decision.margin >= MAX_MARGIN:
        return decision
    guess = classify(text)
    if guess is None or guess[1] < MIN_PROB or guess[0] == decision.kind:
        return decision
    return replace(decision, kind=guess[0])
