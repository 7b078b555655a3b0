-- A pg_dump of the store could not be restored (issue 13, found by FaultsOnPostgresTest): pg_restore runs with an
-- empty search_path, and the decision register's generated column calls protokol_danish_search_vector, whose body
-- calls protokol_danish_restem without a schema, so the table was not created ("function protokol_danish_restem(text)
-- does not exist") and the restored installation had no decision register. Each function now carries the schema's
-- search_path of its own (PostgreSQL's advice for functions used by generated columns and indexes); pg_dump writes
-- the setting with the function. Only PostgreSQL: H2's search (db/vendor/h2/V7) uses no function.
ALTER FUNCTION protokol_danish_restem(TEXT) SET search_path FROM CURRENT;
ALTER FUNCTION protokol_danish_search_vector(TEXT) SET search_path FROM CURRENT;
ALTER FUNCTION protokol_danish_search_query(TEXT) SET search_path FROM CURRENT;
