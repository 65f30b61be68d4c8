#!/usr/bin/env python3
# Writes N briefings of one briefing's shape for the batch benchmark (Scripts/bench.sh): every text of each
# its own (its number appended), as the briefings of a real batch share no summary, label or item.
#
# usage: batch-briefings.py BRIEFING.yaml N OUT_DIR      (needs PyYAML)
import sys

import yaml

source, count, folder = sys.argv[1], int(sys.argv[2]), sys.argv[3]
# Values that are not text to vary: dates, ids, colours, kinds and switches (a pillar's name is varied with it).
unvaried = {"date", "start", "end", "id", "color", "kind", "group", "language", "url", "scale", "hyphenate",
            "highlight", "keep"}


def vary(node, i, key=None):
    if isinstance(node, dict):
        return {k: vary(v, i, k) for k, v in node.items()}
    if isinstance(node, list):
        return [vary(v, i, key) for v in node]
    if isinstance(node, str) and key not in unvaried:
        return f"{node} {i}"
    return node


with open(source, encoding="utf-8") as f:
    briefing = yaml.safe_load(f)
for i in range(1, count + 1):
    with open(f"{folder}/b{i:04d}.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(vary(briefing, i), f, allow_unicode=True, sort_keys=False)
