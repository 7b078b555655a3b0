-- Danish full-text search over the decision register (PostgreSQL). The same version number as
-- db/vendor/h2/V7__decision_search.sql: Flyway reads only the directory of the database in use
-- (spring.flyway.locations: classpath:db/vendor/{vendor}).
--
-- PostgreSQL's Danish Snowball stemmer reads a final "-et" as the definite article, so "budget" becomes
-- 'budg' while "budgettet" becomes 'budget': the two forms of one word would not meet. Stemming the stems
-- once more brings them together ('budget' -> 'budg'). The search vector therefore holds the ordinary
-- stems (with positions, for ranking and phrases later) and the stems stemmed again; a query is reduced
-- the same way, to the twice-stemmed form of each of its words, all of which must occur.

-- array_to_string is only STABLE in general (element types may print differently per setting), but for
-- text[] it is immutable, which a generated column and an index need.
CREATE FUNCTION protokol_danish_restem(document TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT array_to_string(tsvector_to_array(to_tsvector('danish'::regconfig, document)), ' ') $$;

CREATE FUNCTION protokol_danish_search_vector(document TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT to_tsvector('danish'::regconfig, coalesce(document, ''))
                 || to_tsvector('danish'::regconfig, coalesce(protokol_danish_restem(document), '')) $$;

CREATE FUNCTION protokol_danish_search_query(words TEXT) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT plainto_tsquery('danish'::regconfig, coalesce(protokol_danish_restem(words), '')) $$;

ALTER TABLE decision_register
    ADD COLUMN search tsvector
        GENERATED ALWAYS AS (protokol_danish_search_vector(coalesce(item_title, '') || ' ' || decision_text)) STORED;

CREATE INDEX ix_decision_register_search ON decision_register USING GIN (search);
