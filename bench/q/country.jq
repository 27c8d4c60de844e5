# kaieco country $country -f json: the country's default figures, by metric
# then period.
. as $d
| ($d.metrics | by_id(.id)) as $m
| [$d.observations[] | select(.entity == $country)]
| [groups[] | . as $grp | .[] | select(is_default($grp)) | . + {others: others($grp)}]
| sort_by([.metric, .period])
| map({metric, metric_name: $m[.metric].name.en, period, value: (.value | tonumber), approx,
       unit: $m[.metric].unit, rank, source, other_sources: .others, note, year: year})
