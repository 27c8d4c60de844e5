# kaieco facts -f json; with an argument MIN, only figures with value >= MIN
# (kaieco facts --where 'value >= MIN')
low = float(args[0]) if args else None
c = by_id(d["countries"], "alpha2")
e = by_id(d["entities"])
m = by_id(d["metrics"])
s = by_id(d["sources"])
g = groups(d["observations"])
rows = []
for o in d["observations"]:
    v = num(o["value"])
    if low is not None and v < low:
        continue
    grp = group_of(g, o)
    subject = c.get(o["entity"]) or e[o["entity"]]
    rows.append({"entity": o["entity"], "entity_kind": "country" if o["entity"] in c else subject["kind"],
                 "name": subject["name"]["en"], "metric": o["metric"], "period": o["period"],
                 "precision": precision(o["period"]), "value": v, "approx": o.get("approx"),
                 "unit": m[o["metric"]]["unit"], "rank": o.get("rank"), "source": o["source"],
                 "source_kind": s[o["source"]]["kind"], "default": is_default(o, grp),
                 "disputed": disputed(grp), "note": o.get("note"), "year": year(o)})
emit(rows)
