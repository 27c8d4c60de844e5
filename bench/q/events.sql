-- kaieco events --where 'title ~ @TEXT@ and not date < @FROM@' -f json: the
-- events shown by default (the default date of a group) whose English
-- title contains @TEXT@ (LIKE: ASCII case-insensitive) and whose date is
-- not before @FROM@.
SELECT date, CASE length(date) WHEN 4 THEN 'year' WHEN 7 THEN 'month' ELSE 'day' END AS precision,
       id, title, tags, entities, source, note
FROM events
WHERE (grp IS NULL OR flagged = 1) AND title LIKE '%@TEXT@%' AND NOT date < '@FROM@'
ORDER BY date;
