ALTER TABLE "articles" drop column "search";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('news_search'::regconfig, translate(coalesce("title", '') || ' ' || coalesce("body", ''), '‐‑‒–—―−', '       '))) STORED;--> statement-breakpoint
ALTER TABLE "events" drop column "search";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('news_search'::regconfig, translate(coalesce("title", '') || ' ' || coalesce("summary", '') || ' ' || coalesce("location_name", ''), '‐‑‒–—―−', '       '))) STORED;--> statement-breakpoint
ALTER TABLE "statements" drop column "search";--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('news_search'::regconfig, translate(coalesce("text", ''), '‐‑‒–—―−', '       '))) STORED;--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("search");--> statement-breakpoint
CREATE INDEX "statements_search_idx" ON "statements" USING gin ("search");
