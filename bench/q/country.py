# kaieco country COUNTRY -f json (args: alpha-2 code)
country = args[0]
m = by_id(d["metrics"])
g = groups(o for o in d["observations"] if o["entity"] == country)
rows = sorted((o for grp in g.values() for o in grp if is_default(o, grp)),
              key=lambda o: (o["metric"], o["period"]))
emit([{"metric": o["metric"], "metric_name": m[o["metric"]]["name"]["en"], "period": o["period"],
       "value": num(o["value"]), "approx": o.get("approx"), "unit": m[o["metric"]]["unit"],
       "rank": o.get("rank"), "source": o["source"], "other_sources": others(o, group_of(g, o)),
       "note": o.get("note"), "year": year(o)} for o in rows])
