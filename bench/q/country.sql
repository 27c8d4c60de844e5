-- kaieco country @COUNTRY@ -f json: the country's default figures, by
-- metric then period.
WITH o AS (
  SELECT o.*, count(*) OVER (PARTITION BY o.metric, o.period) AS n
  FROM observations o WHERE o.entity = '@COUNTRY@')
SELECT o.metric, m.name AS metric_name, o.period, CAST(o.value AS REAL) AS value, o.approx, m.unit,
       o.rank, o.source,
       (SELECT v.text FROM other_sources v WHERE v.ord = o.ord) AS other_sources,
       o.note, CAST(substr(o.period, 1, 4) AS INTEGER) AS year
FROM o JOIN metrics m ON m.id = o.metric
WHERE o.flagged = 1 OR o.n = 1
ORDER BY o.metric, o.period;
