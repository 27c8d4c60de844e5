-- The lists of models (`listings` of `kaieco export`), one row per listing
-- and country it names, for the counts `kaieco country` computes from a
-- list. bench/run runs it after import.sql into the database of the
-- embedded questions only: the scale questions (rank, facts) do not read
-- listings, so their in-memory import does not parse the file once more
-- for them. A listing without countries gives no row (it counts under no
-- country).
CREATE TABLE listing_countries AS
  SELECT li.key AS listing, json_extract(li.value, '$.model') AS model,
         json_extract(li.value, '$.source') AS source,
         json_extract(li.value, '$.published') AS published, c.value AS country
  FROM json_each(readfile('@FILE@'), '$.listings') AS li, json_each(li.value, '$.countries') AS c;
CREATE INDEX listing_countries_country ON listing_countries(country);
