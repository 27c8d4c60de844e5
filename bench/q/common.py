# Helpers shared by the python3 programs of bench/run (prepended to each
# one, run as python3 -c PROGRAM FILE ARGS...). FILE: one dataset document
# as `kaieco export` writes it.
import json, sys

d = json.load(open(sys.argv[1], encoding="utf-8"))
args = sys.argv[2:]


def num(text):
    return float(text) if "." in text else int(text)


def year(o):
    return int(o["period"][:4])


def precision(date):
    return {4: "year", 7: "month", 10: "day"}[len(date)]


def groups(obs):
    """figures by (metric, entity, period), in dataset order"""
    g = {}
    for o in obs:
        g.setdefault((o["metric"], o["entity"], o["period"]), []).append(o)
    return g


def group_of(g, o):
    return g[(o["metric"], o["entity"], o["period"])]


def is_default(o, grp):
    return o.get("default") is True or len(grp) == 1


def disputed(grp):
    return (len({num(x["value"]) for x in grp}) > 1
            or len({x["rank"] for x in grp if x.get("rank") is not None}) > 1)


def others(o, grp):
    out = ["%s%s%s (%s)" % (x["approx"] + " " if x.get("approx") else "", x["value"],
                            ", rank %d" % x["rank"] if x.get("rank") else "", x["source"])
           for x in grp if x is not o]
    return "; ".join(out) if out else None


def by_id(records, key="id"):
    return {r[key]: r for r in records}


def emit(rows):
    sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
