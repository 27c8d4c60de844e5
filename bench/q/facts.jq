# kaieco facts -f json: every figure, joined with its subject, metric and
# source; with $min (a number or null), only those with value >= $min
# (kaieco facts --where 'value >= MIN').
. as $d
| ($d.countries | by_id(.alpha2)) as $c
| ($d.entities | by_id(.id)) as $e
| ($d.metrics | by_id(.id)) as $m
| ($d.sources | by_id(.id)) as $s
| [$d.observations | groups[] | . as $grp | .[]
   | select($min == null or (.value | tonumber) >= $min)
   | {entity, entity_kind: (if $c[.entity] then "country" else $e[.entity].kind end),
      name: ($c[.entity] // $e[.entity]).name.en, metric, period, precision: (.period | date_precision),
      value: (.value | tonumber), approx, unit: $m[.metric].unit, rank, source,
      source_kind: $s[.source].kind, default: is_default($grp), disputed: disputed($grp),
      note, year: year}]
