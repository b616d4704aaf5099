"""Recounts `casus rapport --format json` from `casus export --all --format jsonl`.

Written independently of the Swift code, from docs/rapport.md: it reads the case files as
plain JSON and compares every figure it recomputes. Prints one line per mismatch; exit 1 if any.
Usage: recount.py CASES.jsonl RAPPORT.json TODAY
"""
import datetime
import json
import statistics
import sys

from dateutil.easter import easter

cases = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
report = json.load(open(sys.argv[2], encoding="utf-8"))["figures"]
today = datetime.date.fromisoformat(sys.argv[3])
MIN = 5
problems = []


def protect_count(n):
    return "<5" if 0 < n < MIN else n


def protect_share(part, of):
    return "<5" if of < MIN else {"part": part, "of": of}


def check(figure, key, expected):
    got = report.get(figure, {}).get(key, "(missing)")
    if got != expected:
        problems.append(f"{figure}/{key}: rapport {got!r}, recount {expected!r}")


def holiday(d):
    if (d.month, d.day) in [(1, 1), (12, 25), (12, 26), (5, 5)]:
        return True
    kings = datetime.date(d.year, 4, 27)
    if kings.weekday() == 6:
        kings = datetime.date(d.year, 4, 26)
    if d == kings:
        return True
    offset = (d - easter(d.year)).days
    return offset in (1, 39, 50)


def due(start, days):
    d = start + datetime.timedelta(days=days)
    while d.weekday() >= 5 or holiday(d):
        d += datetime.timedelta(days=1)
    return d


def date(text):
    return datetime.date.fromisoformat(text)


states = [c["state"] for c in cases]

# meldingen
check("meldingen", "total", protect_count(len(states)))
for source in ["self", "network", "professional", "signal"]:
    check("meldingen", f"source:{source}", protect_count(sum(s["melding"]["source"] == source for s in states)))
for law in ["wmo", "jeugdwet", "participatiewet"]:
    check("meldingen", f"law:{law}", protect_count(sum(s["law"] == law for s in states)))

# onderzoeken: Wmo, six weeks after the melding, to the next working day
in_time = late = overdue = running = 0
for s in states:
    if s["law"] != "wmo":
        continue
    end = due(date(s["melding"]["date"]), 42)
    finished = s["milestones"].get("onderzoekFinished")
    if finished:
        if date(finished) <= end:
            in_time += 1
        else:
            late += 1
    elif today > end:
        overdue += 1
    else:
        running += 1
check("onderzoeken", "withinTerm", protect_share(in_time, in_time + late))
check("onderzoeken", "finishedLate", protect_count(late))
check("onderzoeken", "openOverdue", protect_count(overdue))
check("onderzoeken", "openRunning", protect_count(running))

# rungs and arrangements: rungs with an offer or a network member
rung_counts, combos = {}, {}
for s in states:
    helped = set()
    for need in s.get("needs", []):
        for rung, decision in need["rungs"].items():
            if decision["offers"] or decision["network"]:
                helped.add(rung)
    for rung in helped:
        rung_counts[rung] = rung_counts.get(rung, 0) + 1
    if helped:
        key = "+".join(sorted(helped))
        combos[key] = combos.get(key, 0) + 1
for rung, n in rung_counts.items():
    check("rungs", f"rung:{rung}", protect_count(n))
for key, n in combos.items():
    check("arrangements", key, protect_count(n))

# safety lane
lanes = [s["safetyLane"] for s in states if "safetyLane" in s]
check("safetyLane", "opened", protect_count(len(lanes)))
check("safetyLane", "open", protect_count(sum("closed" not in lane for lane in lanes)))

# handovers per lane and per case
handovers = [h for s in states for h in s.get("handovers", []) if "submitted" in h]
for lane in ["meerTeam", "procescoordinatie", "consult"]:
    mine = [h for h in handovers if h["lane"] == lane]
    check("handovers", f"{lane}:registered", protect_count(len(mine)))
    accepted = sum("accepted" in h for h in mine)
    declined = sum(h["state"] == "declined" or "declineReason" in h for h in mine)
    check("handovers", f"{lane}:accepted", protect_share(accepted, accepted + declined))
moments = [0, 0, 0, 0]
for s in states:
    n = sum("submitted" in h for h in s.get("handovers", []))
    moments[min(3, n)] += 1
for i, n in enumerate(moments):
    check("handoverMoments", "3+" if i == 3 else str(i), protect_count(n))

# lifecycle
closed = sum(s["phase"] == "afgesloten" for s in states)
check("lifecycle", "open", protect_count(len(states) - closed))
check("lifecycle", "closed", protect_count(closed))

# trends: meldingen and closures per month; both directions, so a missing or extra month shows
def per_month(dates):
    out = {}
    for d in dates:
        out[d[:7]] = out.get(d[:7], 0) + 1
    return out
def per_quarter(dates):
    out = {}
    for d in dates:
        key = f"{d[:4]}-Q{(int(d[5:7]) - 1) // 3 + 1}"
        out[key] = out.get(key, 0) + 1
    return out
melding_dates = [s["melding"]["date"] for s in states]
closure_dates = [s["closure"]["date"] for s in states if "closure" in s]
for figure, counts in [
    ("meldingenPerMonth", per_month(melding_dates)),
    ("closedPerMonth", per_month(closure_dates)),
    ("meldingenPerQuarter", per_quarter(melding_dates)),
    ("closedPerQuarter", per_quarter(closure_dates)),
]:
    for month, n in counts.items():
        check(figure, month, protect_count(n))
    for month in report.get(figure, {}):
        if month not in counts:
            problems.append(f"{figure}/{month}: in the rapport, not in the recount")

# doorlooptijd melding -> verslag verstuurd
days = [(date(s["milestones"]["verslagSent"]) - date(s["melding"]["date"])).days for s in states if "verslagSent" in s["milestones"]]
expected = "<5" if len(days) < MIN else {"medianDays": float(statistics.median(days)) if days else 0, "of": len(days)}
got = report["doorlooptijden"]["meldingToVerslag"]
if isinstance(got, dict) and isinstance(expected, dict):
    if abs(got["medianDays"] - expected["medianDays"]) > 1e-9 or got["of"] != expected["of"]:
        problems.append(f"doorlooptijden/meldingToVerslag: rapport {got}, recount {expected}")
elif got != expected:
    problems.append(f"doorlooptijden/meldingToVerslag: rapport {got}, recount {expected}")

for p in problems:
    print(p)
print(f"{len(problems)} mismatches over {len(cases)} cases")
sys.exit(1 if problems else 0)
