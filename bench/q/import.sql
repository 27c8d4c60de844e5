-- Tables of a dataset document as `kaieco export` writes it, read with
-- sqlite's JSON functions: bench/run replaces @FILE@ with the file's path
-- (readfile() is the sqlite3 shell's). Run once into bench.sqlite3 for the
-- embedded questions; at scale, into :memory: before each question, so
-- that sqlite3 reads the same file as kaieco and jq.
CREATE TABLE countries AS
  SELECT json_extract(value, '$.alpha2') AS alpha2, json_extract(value, '$.name.en') AS name
  FROM json_each(readfile('@FILE@'), '$.countries');
CREATE TABLE entities AS
  SELECT json_extract(value, '$.id') AS id, json_extract(value, '$.kind') AS kind,
         json_extract(value, '$.name.en') AS name
  FROM json_each(readfile('@FILE@'), '$.entities');
CREATE TABLE metrics AS
  SELECT json_extract(value, '$.id') AS id, json_extract(value, '$.name.en') AS name,
         json_extract(value, '$.unit') AS unit,
         json_extract(value, '$.higher_is_better') AS higher_is_better
  FROM json_each(readfile('@FILE@'), '$.metrics');
CREATE TABLE sources AS
  SELECT json_extract(value, '$.id') AS id, json_extract(value, '$.kind') AS kind
  FROM json_each(readfile('@FILE@'), '$.sources');
CREATE TABLE observations AS
  SELECT key AS ord, json_extract(value, '$.metric') AS metric,
         json_extract(value, '$.entity') AS entity, json_extract(value, '$.period') AS period,
         json_extract(value, '$.value') AS value, json_extract(value, '$.approx') AS approx,
         json_extract(value, '$.rank') AS rank, json_extract(value, '$.source') AS source,
         coalesce(json_extract(value, '$.default'), 0) AS flagged,
         json_extract(value, '$.note') AS note
  FROM json_each(readfile('@FILE@'), '$.observations');
CREATE TABLE events AS
  SELECT json_extract(ev.value, '$.id') AS id, json_extract(ev.value, '$.date') AS date,
         json_extract(ev.value, '$.title.en') AS title,
         (SELECT group_concat(t.value, ',') FROM json_each(ev.value, '$.tags') AS t) AS tags,
         (SELECT group_concat(x.value, ',') FROM json_each(ev.value, '$.entities') AS x) AS entities,
         json_extract(ev.value, '$.source') AS source, json_extract(ev.value, '$.group') AS grp,
         coalesce(json_extract(ev.value, '$.default'), 0) AS flagged,
         json_extract(ev.value, '$.note') AS note
  FROM json_each(readfile('@FILE@'), '$.events') AS ev;
CREATE INDEX countries_id ON countries(alpha2);
CREATE INDEX entities_id ON entities(id);
CREATE INDEX metrics_id ON metrics(id);
CREATE INDEX sources_id ON sources(id);
CREATE INDEX observations_group ON observations(metric, entity, period);
CREATE INDEX observations_entity ON observations(entity);
-- What the other sources give for a figure's metric, subject and period
-- (kaieco's other_sources), one place for the questions that show it.
CREATE VIEW other_sources AS
  SELECT o.ord,
         (SELECT group_concat(coalesce(x.approx || ' ', '') || x.value
                              || coalesce(', rank ' || x.rank, '') || ' (' || x.source || ')', '; ')
          FROM (SELECT * FROM observations x
                WHERE x.metric = o.metric AND x.entity = o.entity AND x.period = o.period
                  AND x.ord != o.ord ORDER BY x.ord) x) AS text
  FROM observations o;
