# kaieco events --where 'title ~ $text and not date < $from' -f json: the
# events shown by default (the default date of a group) whose English title
# contains $text (ASCII case-insensitive) and whose date is not before $from.
[.events[]
 | select((.group == null or .default == true)
          and (.title.en | ascii_downcase | contains($text | ascii_downcase))
          and .date >= $from)
 | {date, precision: (.date | date_precision), id, title: .title.en, tags: (.tags | join(",")),
    entities: (if .entities then .entities | join(",") else null end), source, note}]
| sort_by(.date)
