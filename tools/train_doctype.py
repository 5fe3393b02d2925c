"""Train the doc_type text classifier (pipeline/extract/header_doctype_model.py) with a fixed seed.

Why a script: the shipped model must be reproducible from the annotated documents. It reads
every document with a gold doc_type outside the real2 validation split (dev, real, the real2
tuning documents, tests/holdout*), normalizes it as the extractor does, and trains a spaCy
bag-of-bigrams textcat on its first characters. Design (5-fold CV on the same documents):
character bigrams, 20 epochs, batches of 8, seed 0.

    python tools/train_doctype.py                 # writes pipeline/models_data/doctype_textcat
    python tools/train_doctype.py --out DIR --limit 40
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path
from typing import Any

from pipeline.extract.header_doctype_model import HEAD, LABELS, MODEL_DIR

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
VALIDATION = EVAL / "real2" / "validation.txt"
SEED, EPOCHS, BATCH, NGRAM, BUCKETS = 0, 20, 8, 2, 65536


def folders() -> list[Path]:
    """Corpora with gold (docs/ and gold/ inside each)."""
    return [EVAL / "dev", EVAL / "real", EVAL / "real2", *sorted((ROOT / "tests").glob("holdout*"))]


def documents(limit: int | None = None) -> list[tuple[str, str]]:
    """(normalized text, gold doc_type) of every non-validation document; validation texts are never opened."""
    from parsers import parse_file
    from pipeline.normalize.text import normalize_document

    held = set(VALIDATION.read_text().split()) if VALIDATION.exists() else set()
    out: list[tuple[str, str]] = []
    for folder in folders():
        for doc in sorted((folder / "docs").glob("*.txt")):
            gold = folder / "gold" / f"{doc.stem}.json"
            label = json.loads(gold.read_text("utf-8")).get("doc_type") if doc.stem not in held and gold.exists() else None
            if label in LABELS:
                out.append((normalize_document(parse_file(doc)).text, label))
    return out[:limit] if limit else out


def blank() -> Any:
    """A character-tokenized Chinese pipeline (no segmenter download) with an exclusive BOW textcat."""
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    arch = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": NGRAM,
            "no_output_layer": False, "length": BUCKETS}
    textcat = nlp.add_pipe("textcat", config={"model": arch})
    for label in LABELS:
        textcat.add_label(label)
    return nlp


def train(pairs: list[tuple[str, str]], seed: int = SEED, epochs: int = EPOCHS) -> Any:
    """The trained pipeline; same pairs and seed give the same weights."""
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = blank()
    examples = [Example.from_dict(nlp.make_doc(text[:HEAD]), {"cats": {lb: float(lb == label) for lb in LABELS}})
                for text, label in pairs]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=BATCH):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--limit", type=int, default=None, help="train on the first N documents only")
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    args = ap.parse_args(argv)
    pairs = documents(args.limit)
    nlp = train(pairs, epochs=args.epochs)
    shutil.rmtree(args.out, ignore_errors=True)
    nlp.to_disk(args.out)
    print(f"trained on {len(pairs)} documents -> {args.out}")


if __name__ == "__main__":
    main()
