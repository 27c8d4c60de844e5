-- kaieco rank @METRIC@ -f json: the default figures of countries for the
-- metric's latest year with a stated rank (else its latest year), best first.
WITH o AS (
  SELECT o.*, CAST(substr(o.period, 1, 4) AS INTEGER) AS year,
         count(*) OVER (PARTITION BY o.entity, o.period) AS n
  FROM observations o JOIN countries c ON c.alpha2 = o.entity
  WHERE o.metric = '@METRIC@'),
d AS (SELECT * FROM o WHERE flagged = 1 OR n = 1),
y AS (SELECT coalesce(max(CASE WHEN rank IS NOT NULL THEN year END), max(year)) AS year FROM d)
SELECT d.rank, d.entity AS country, c.name, CAST(d.value AS REAL) AS value, d.approx, m.unit,
       d.year, d.source,
       (SELECT v.text FROM other_sources v WHERE v.ord = d.ord) AS other_sources,
       d.note
FROM d JOIN y USING (year) JOIN countries c ON c.alpha2 = d.entity JOIN metrics m ON m.id = d.metric
ORDER BY CASE WHEN m.higher_is_better THEN -CAST(d.value AS REAL) ELSE CAST(d.value AS REAL) END,
         d.entity;
