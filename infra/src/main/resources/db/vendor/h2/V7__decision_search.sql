-- Search over the decision register on the embedded H2 database: no Danish stemming here, only a
-- case-insensitive match of each word of the query (DecisionSearch), over this lower-cased copy of the
-- item title and decision text. The same version number as db/vendor/postgresql/V7__decision_search.sql:
-- Flyway reads only the directory of the database in use (classpath:db/vendor/{vendor}).
ALTER TABLE decision_register
    ADD COLUMN search_text VARCHAR GENERATED ALWAYS AS (LOWER(COALESCE(item_title, '') || ' ' || decision_text));
