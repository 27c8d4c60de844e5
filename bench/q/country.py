# kaieco country COUNTRY -f json (args: alpha-2 code): the country's default
# figures, by metric then period; with them, as kaieco adds them (computed:
# true), the counts computed from each list of models (a listing's source):
# per list and year, its models published that year (the year of
# "published") with COUNTRY among the countries they name, one row per year
# with at least one, under metric notable-models-listed (when the dataset
# defines it). A listing names a country once and a list lists a model once
# (kaieco check), so counting listings counts each model once.
country = args[0]
m = by_id(d["metrics"])
g = groups(o for o in d["observations"] if o["entity"] == country)
rows = [{"metric": o["metric"], "metric_name": m[o["metric"]]["name"]["en"], "period": o["period"],
         "value": num(o["value"]), "approx": o.get("approx"), "unit": m[o["metric"]]["unit"],
         "rank": o.get("rank"), "source": o["source"], "other_sources": others(o, group_of(g, o)),
         "note": o.get("note"), "year": year(o), "computed": False}
        for grp in g.values() for o in grp if is_default(o, grp)]
lm = m.get("notable-models-listed")
counts = {}
for li in d.get("listings", []) if lm else []:
    if li.get("published") and country in li.get("countries", []):
        key = (li["source"], int(li["published"][:4]))
        counts[key] = counts.get(key, 0) + 1
rows += [{"metric": lm["id"], "metric_name": lm["name"]["en"], "period": str(y), "value": n,
          "approx": None, "unit": lm["unit"], "rank": None, "source": source, "other_sources": None,
          "note": "computed: the models of %s published that year with the country among the countries "
                  "of their organizations (once per model); not a figure a source printed" % source,
          "year": y, "computed": True}
         for (source, y), n in counts.items()]
emit(sorted(rows, key=lambda r: (r["metric"], r["period"])))
