#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores extracted article texts against two public evaluation sets, the way each set's own evaluator does.

shingles:  a page list with the gold article body (scrapinghub/article-extraction-benchmark). Each page's text
           and gold are cut into word 4-grams; true/false positives and false negatives are counted per shingle
           (with multiplicity) and normalised per page so that long pages weigh no more than short ones;
           precision and recall are means over pages, F1 is their harmonic mean.
snippets:  per-page "with" and "without" snippets (adbar/trafilatura tests/evaldata.json). A "with" snippet
           found in the text (whitespace collapsed) is a true positive, missing a false negative; a "without"
           snippet found is a false positive. Precision, recall and F1 over the summed counts.

usage: score.py GOLD.json EXTRACTOR=TEXTS.json...   (GOLD.json is written by bench-extraction.sh)
"""
import json
import re
import sys
from collections import Counter

WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    # Case kept; a text shorter than n words is one shorter shingle, as in the set's own evaluator.
    words = WORD.findall(text or "")
    return Counter(" ".join(words[i:i + n]) for i in range(max(1, len(words) - n + 1)) if words[i:i + n])


def shingle_counts(gold, found):
    g, f = shingles(gold), shingles(found)
    tp = sum((g & f).values())
    fp = sum((f - g).values())
    fn = sum((g - f).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def shingle_scores(pages, texts):
    precisions, recalls = [], []
    for key, gold in pages.items():
        tp, fp, fn = shingle_counts(gold, texts.get(key, ""))
        if fp == fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def collapsed(text):
    return re.sub(r"\s+", " ", text).strip()


def snippet_scores(pages, texts):
    tp = fp = fn = 0
    for key, item in pages.items():
        text = collapsed(texts.get(key, ""))
        found = sum(1 for w in item["with"] if collapsed(w) in text)
        tp += found
        fn += len(item["with"]) - found
        fp += sum(1 for w in item["without"] if collapsed(w) in text)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        gold = json.load(f)
    runs = []
    for argument in sys.argv[2:]:
        name, path = argument.split("=", 1)
        with open(path, encoding="utf-8") as f:
            runs.append((name, json.load(f)))
    for corpus, pages in gold.items():
        scorer = shingle_scores if pages["kind"] == "shingles" else snippet_scores
        print(f"{corpus}: {len(pages['pages'])} pages, {pages['kind']}")
        print(f"  {'':<16} {'precision':>9} {'recall':>7} {'F1':>7}")
        for name, run in runs:
            p, r, f1 = scorer(pages["pages"], run["texts"])
            print(f"  {name:<16} {p:9.3f} {r:7.3f} {f1:7.3f}")


if __name__ == "__main__":
    main()
