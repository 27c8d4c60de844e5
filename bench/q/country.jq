# kaieco country $country -f json: the country's default figures, by metric
# then period; with them, as kaieco adds them (computed: true), the counts
# computed from each list of models (a listing's source): per list and
# year, its models published that year (the year of .published) with
# $country among the countries they name, one row per year with at least
# one, under metric notable-models-listed (when the dataset defines it). A
# listing names a country once and a list lists a model once (kaieco
# check), so counting listings counts each model once.
. as $d
| ($d.metrics | by_id(.id)) as $m
| ([$d.observations[] | select(.entity == $country)]
   | [groups[] | . as $grp | .[] | select(is_default($grp)) | . + {others: others($grp)}]
   | map({metric, metric_name: $m[.metric].name.en, period, value: (.value | tonumber), approx,
          unit: $m[.metric].unit, rank, source, other_sources: .others, note, year: year,
          computed: false})) as $figures
| ($m["notable-models-listed"] as $lm
   | if $lm == null then [] else
       [$d.listings[]? | select(.published != null and any(.countries[]?; . == $country))
        | {source, year: (.published[0:4] | tonumber)}]
       | group_by([.source, .year])
       | map(.[0] as $k
             | {metric: $lm.id, metric_name: $lm.name.en, period: ($k.year | tostring), value: length,
                approx: null, unit: $lm.unit, rank: null, source: $k.source, other_sources: null,
                note: "computed: the models of \($k.source) published that year with the country among the countries of their organizations (once per model); not a figure a source printed",
                year: $k.year, computed: true})
     end) as $counts
| $figures + $counts
| sort_by([.metric, .period])
