ALTER TABLE "articles" drop column "search";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('news_search'::regconfig, translate(coalesce("title", '') || ' ' || coalesce("body", ''), '-‐‑‒–—―−', '        '))) STORED;--> statement-breakpoint
ALTER TABLE "events" drop column "search";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('news_search'::regconfig, translate(coalesce("title", '') || ' ' || coalesce("summary", '') || ' ' || coalesce("location_name", ''), '-‐‑‒–—―−', '        '))) STORED;--> statement-breakpoint
ALTER TABLE "statements" drop column "search";--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('news_search'::regconfig, translate(coalesce("text", ''), '-‐‑‒–—―−', '        '))) STORED;--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("search");--> statement-breakpoint
CREATE INDEX "statements_search_idx" ON "statements" USING gin ("search");--> statement-breakpoint
-- Hand-written: the names a participant is found by are cut into words as the search documents
-- are (WORD_SEPARATORS in src/db/postgres/tables/columns.ts), and the documents already stored are
-- made again, without moving updated_at (nothing a client sees has changed).
CREATE OR REPLACE FUNCTION news_names_document(name text, participant text) RETURNS tsvector LANGUAGE sql STABLE
  RETURN to_tsvector('news_search'::regconfig, translate(name || ' ' ||
    coalesce((SELECT string_agg(a.name, ' ') FROM participant_aliases a WHERE a.participant_id = participant), ''),
    '-‐‑‒–—―−', '        '));
--> statement-breakpoint
ALTER TABLE participants DISABLE TRIGGER participants_touch;
--> statement-breakpoint
UPDATE participants SET names = news_names_document(name, id);
--> statement-breakpoint
ALTER TABLE participants ENABLE TRIGGER participants_touch;
