# kaieco events --where 'title ~ TEXT and not date < FROM' -f json
# (args: TEXT FROM); bytes.lower() is ASCII-only, as kaieco's ~ is
text, start = args[0].encode().lower(), args[1]
rows = sorted((ev for ev in d["events"]
               if (ev.get("group") is None or ev.get("default") is True)
               and text in ev["title"]["en"].encode().lower() and ev["date"] >= start),
              key=lambda ev: ev["date"])
emit([{"date": ev["date"], "precision": precision(ev["date"]), "id": ev["id"],
       "title": ev["title"]["en"], "tags": ",".join(ev["tags"]),
       "entities": ",".join(ev["entities"]) if ev.get("entities") else None,
       "source": ev["source"], "note": ev.get("note")} for ev in rows])
