"""Duplicate detection: quality on labelled paraphrase pairs, and speed at scale.

Quality: `../shared/data/atec_pairs.tsv` (real customer-service question pairs labelled
same / different, not shipped with the project). For each threshold, the precision and
recall of "probable duplicate" over the pairs, IDF taken from all their sentences.

    .venv/bin/python bench/bench_duplicates.py [PAIRS.tsv]
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

from liaison_app.core.questions.duplicates import THRESHOLD, dup_terms, similarity

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "atec_pairs.tsv"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[2] in ("0", "1"):
            pairs.append((parts[0], parts[1], parts[2] == "1"))
    sentences = {s for a, b, _ in pairs for s in (a, b)}
    terms = {s: dup_terms(s) for s in sentences}
    df = Counter(t for s in sentences for t in terms[s])
    total = len(sentences)
    idf = {t: math.log(1 + total / (n + 1)) for t, n in df.items()}
    default = math.log(1 + total)
    scored = [(similarity(terms[a], terms[b], idf, default), same) for a, b, same in pairs]
    positives = sum(1 for _, same in scored if same)
    print(f"{len(pairs)} pairs, {positives} labelled same ({positives / len(pairs):.1%})")
    print("threshold  flagged  precision  recall   F1")
    for threshold in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8):
        flagged = [same for score, same in scored if score >= threshold]
        tp = sum(flagged)
        precision = tp / len(flagged) if flagged else 0.0
        recall = tp / positives if positives else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        mark = "  <- THRESHOLD" if abs(threshold - THRESHOLD) < 1e-9 else ""
        print(f"{threshold:9.2f}  {len(flagged):7d}  {precision:9.3f}  {recall:6.3f}  {f1:5.3f}{mark}")


if __name__ == "__main__":
    main()
