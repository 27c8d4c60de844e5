-- kaieco country @COUNTRY@ -f json: the country's default figures, by
-- metric then period.
WITH o AS (
  SELECT o.*, count(*) OVER (PARTITION BY o.metric, o.period) AS n
  FROM observations o WHERE o.entity = '@COUNTRY@')
SELECT o.metric, m.name AS metric_name, o.period, CAST(o.value AS REAL) AS value, o.approx, m.unit,
       o.rank, o.source,
       (SELECT group_concat(coalesce(x.approx || ' ', '') || x.value
                            || coalesce(', rank ' || x.rank, '') || ' (' || x.source || ')', '; ')
        FROM (SELECT * FROM observations x
              WHERE x.metric = o.metric AND x.entity = o.entity AND x.period = o.period
                AND x.ord != o.ord ORDER BY x.ord) x) AS other_sources,
       o.note, CAST(substr(o.period, 1, 4) AS INTEGER) AS year
FROM o JOIN metrics m ON m.id = o.metric
WHERE o.flagged = 1 OR o.n = 1
ORDER BY o.metric, o.period;
