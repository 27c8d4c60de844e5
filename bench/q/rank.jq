# kaieco rank $metric -f json: the default figures of countries for the
# metric's latest year with a stated rank (else its latest year), best first.
. as $d
| ($d.countries | by_id(.alpha2)) as $c
| ($d.metrics[] | select(.id == $metric)) as $m
| [$d.observations[] | select(.metric == $metric and $c[.entity] != null)]
| [groups[] | . as $grp | .[] | select(is_default($grp)) | . + {others: others($grp)}] as $dflt
| ([$dflt[] | select(.rank != null) | year] | max) as $ranked
| (if $ranked then $ranked else [$dflt[] | year] | max end) as $y
| [$dflt[] | select(year == $y)]
| sort_by([(.value | tonumber) * (if $m.higher_is_better then -1 else 1 end), .entity])
| map({rank, country: .entity, name: $c[.entity].name.en, value: (.value | tonumber),
       approx, unit: $m.unit, year: year, source, other_sources: .others, note})
