-- What the tables need before they exist: the extensions, and a text search configuration that
-- folds case and accents the way SQLite's FTS5 tokenizer (unicode61 remove_diacritics 2) does,
-- so that a stored tsvector column can use it (to_tsvector with a fixed configuration is immutable).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION news_search (COPY = pg_catalog.simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION news_search ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;
--> statement-breakpoint
-- Names compared as the API compares them (SQLite's fold()): lower case, no accents. Declared
-- immutable so that indexes can use it; unaccent() alone is only stable (its dictionary could change).
CREATE FUNCTION news_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN lower(public.unaccent('public.unaccent'::regdictionary, value));
