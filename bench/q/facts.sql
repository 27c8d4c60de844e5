-- kaieco facts -f json: every figure, joined with its subject, metric and
-- source; with @MIN@ a number (not NULL), only those with value >= @MIN@
-- (kaieco facts --where 'value >= MIN').
SELECT o.entity, CASE WHEN c.alpha2 IS NOT NULL THEN 'country' ELSE e.kind END AS entity_kind,
       coalesce(c.name, e.name) AS name, o.metric, o.period,
       CASE length(o.period) WHEN 4 THEN 'year' WHEN 7 THEN 'month' ELSE 'day' END AS precision,
       CAST(o.value AS REAL) AS value, o.approx, m.unit, o.rank, o.source, s.kind AS source_kind,
       (o.flagged = 1 OR g.n = 1) AS "default", (g.nv > 1 OR g.nr > 1) AS disputed, o.note,
       CAST(substr(o.period, 1, 4) AS INTEGER) AS year
FROM observations o
JOIN (SELECT metric, entity, period, count(*) AS n, count(DISTINCT CAST(value AS REAL)) AS nv,
             count(DISTINCT rank) AS nr
      FROM observations GROUP BY metric, entity, period) g
  ON g.metric = o.metric AND g.entity = o.entity AND g.period = o.period
LEFT JOIN countries c ON c.alpha2 = o.entity
LEFT JOIN entities e ON e.id = o.entity
JOIN metrics m ON m.id = o.metric
JOIN sources s ON s.id = o.source
WHERE @MIN@ IS NULL OR CAST(o.value AS REAL) >= @MIN@
ORDER BY o.ord;
