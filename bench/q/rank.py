# kaieco rank METRIC -f json (args: METRIC)
metric = args[0]
c = by_id(d["countries"], "alpha2")
m = by_id(d["metrics"])[metric]
g = groups(o for o in d["observations"] if o["metric"] == metric and o["entity"] in c)
dflt = [o for grp in g.values() for o in grp if is_default(o, grp)]
ranked = [year(o) for o in dflt if o.get("rank") is not None]
y = max(ranked) if ranked else max(year(o) for o in dflt)
rows = sorted((o for o in dflt if year(o) == y),
              key=lambda o: (-num(o["value"]) if m["higher_is_better"] else num(o["value"]), o["entity"]))
emit([{"rank": o.get("rank"), "country": o["entity"], "name": c[o["entity"]]["name"]["en"],
       "value": num(o["value"]), "approx": o.get("approx"), "unit": m["unit"], "year": year(o),
       "source": o["source"], "other_sources": others(o, group_of(g, o)), "note": o.get("note")}
      for o in rows])
