-- kaieco country @COUNTRY@ -f json: the country's default figures, by
-- metric then period; with them, as kaieco adds them (computed: true), the
-- counts computed from each list of models (a listing's source): per list
-- and year, its models published that year (the year of `published`) with
-- @COUNTRY@ among the countries they name, one row per year with at least
-- one, under metric notable-models-listed (when the dataset defines it).
-- A listing names a country once and a list lists a model once (kaieco
-- check), so counting listing_countries rows counts each model once.
WITH o AS (
  SELECT o.*, count(*) OVER (PARTITION BY o.metric, o.period) AS n
  FROM observations o WHERE o.entity = '@COUNTRY@'),
counts AS (
  SELECT source, CAST(substr(published, 1, 4) AS INTEGER) AS year, count(*) AS n
  FROM listing_countries
  WHERE country = '@COUNTRY@' AND published IS NOT NULL
  GROUP BY source, year)
SELECT o.metric, m.name AS metric_name, o.period, CAST(o.value AS REAL) AS value, o.approx, m.unit,
       o.rank, o.source,
       (SELECT v.text FROM other_sources v WHERE v.ord = o.ord) AS other_sources,
       o.note, CAST(substr(o.period, 1, 4) AS INTEGER) AS year, 0 AS computed
FROM o JOIN metrics m ON m.id = o.metric
WHERE o.flagged = 1 OR o.n = 1
UNION ALL
SELECT m.id, m.name, CAST(k.year AS TEXT), k.n, NULL, m.unit, NULL, k.source, NULL,
       'computed: the models of ' || k.source || ' published that year with the country among the '
       || 'countries of their organizations (once per model); not a figure a source printed',
       k.year, 1
FROM counts k JOIN metrics m ON m.id = 'notable-models-listed'
ORDER BY metric, period;
