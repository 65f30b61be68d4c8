#!/usr/bin/env python3
"""Times the release `briefkit` on briefings built to be slow at the input limits (README, "Security and limits").

usage: Scripts/limits-check.py [BRIEFKIT]   (default: .build-cli/.../release/briefkit; build it first, see bench.sh)

Every list at its maximum (2,000 events, 12 columns of 16 items, 120 outcomes, 24 figures, 40 sources, 20
timelines) and every text at its longest, in three kinds of words: prose (3-12 letters), 40- and 64-letter
words (64 is the longest word accepted); and a fourth file whose every text is one unbroken word, which must be
refused, quickly. Each is drawn as a timeline PNG, a pillars PNG and an A4 report PDF; prints wall time and peak
memory (/usr/bin/time) and exits 1 when one takes 2 s or more or 200 MiB or more, or the unbroken file is drawn.
Not run by CI: whole-process timings belong on a quiet machine, compared with earlier runs of this script.
"""
import json, os, random, string, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build-cli/x86_64-unknown-linux-gnu/release/briefkit")

def briefing(kind, rng):
    def word(n): return "".join(rng.choice(string.ascii_lowercase) for _ in range(n))
    def text(n):
        if kind == "unbroken": return word(n)
        out = ""
        while len(out) < n: out += (word(rng.randint(3, 12)) if kind == "prose" else word(int(kind[1:]))) + " "
        return out[:n].strip() or "x"
    parties = [{"name": text(100)} for _ in range(12)]
    events = [{"date": f"{1900 + i % 120:04d}-{1 + i % 12:02d}-{1 + i % 28:02d}", "label": text(100),
               "note": text(400), "group": "g%d" % (i % 30), "highlight": i % 50 == 0} for i in range(2000)]
    return {"title": text(250), "subtitle": text(250), "date": "2025-10-29", "place": text(100),
            "summary": text(4000), "parties": parties,
            "timelines": [{"id": "t%d" % k, "title": text(250), "events": events if k == 0 else events[:10],
                           "periods": [{"start": "1900-01", "end": "1950-01", "label": text(100)}]} for k in range(20)],
            "pillars": {"roof": text(250),
                        "columns": [{"name": text(100), "items": [text(250) for _ in range(16)]} for _ in range(12)],
                        "foundation": [text(250) for _ in range(8)]},
            "outcomes": [{"title": text(250), "kind": "agreement", "parties": [parties[0]["name"]]} for _ in range(120)],
            "figures": [{"label": text(100), "value": text(20), "note": text(400)} for _ in range(24)],
            "sources": [{"title": text(250), "url": "https://example.org/" + word(100)} for _ in range(40)]}

worst_time, worst_mem, failed = 0.0, 0, False
with tempfile.TemporaryDirectory() as tmp:
    for kind in ["prose", "w40", "w64", "unbroken"]:
        path = os.path.join(tmp, kind + ".json")
        with open(path, "w") as f: json.dump(briefing(kind, random.Random(1)), f, ensure_ascii=False)
        for command, ext in [("timeline", "png"), ("pillars", "png"), ("report", "pdf")]:
            out = os.path.join(tmp, f"{kind}-{command}.{ext}")
            run = subprocess.run(["/usr/bin/time", "-f", "%e %M", binary, command, path, "-o", out],
                                 capture_output=True, text=True)
            seconds, kib = run.stderr.strip().splitlines()[-1].split()
            seconds, mib = float(seconds), int(kib) / 1024
            refused = kind == "unbroken"
            ok = (run.returncode != 0) == refused and seconds < 2 and mib < 200
            if refused and "has a word longer than" not in run.stderr: ok = False
            failed |= not ok
            worst_time, worst_mem = max(worst_time, seconds), max(worst_mem, mib)
            print(f"{kind:9} {command:8} {seconds:5.2f} s {mib:6.1f} MiB  exit {run.returncode}  {'ok' if ok else 'OVER'}")
print(f"slowest {worst_time:.2f} s, most memory {worst_mem:.1f} MiB (targets: under 2 s and 200 MiB)")
sys.exit(1 if failed else 0)
