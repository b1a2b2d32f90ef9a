CREATE TABLE "articles" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"language" text NOT NULL,
	"published" text NOT NULL,
	"url" text,
	"body" text NOT NULL,
	"body_hash" text NOT NULL,
	"enriched_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" text DEFAULT (to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) NOT NULL,
	"updated_at" text DEFAULT (to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) NOT NULL,
	"updated_by" text,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "articles_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('news_search'::regconfig, coalesce("title", '') || ' ' || coalesce("body", ''))) STORED,
	CONSTRAINT "articles_body_hash_unique" UNIQUE("body_hash")
);
--> statement-breakpoint
CREATE TABLE "event_articles" (
	"event_id" text NOT NULL,
	"article_id" text NOT NULL,
	CONSTRAINT "event_articles_event_id_article_id_pk" PRIMARY KEY("event_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "event_participants" (
	"event_id" text NOT NULL,
	"participant_id" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "event_participants_event_id_participant_id_role_pk" PRIMARY KEY("event_id","participant_id","role"),
	CONSTRAINT "event_participants_role_check" CHECK ("event_participants"."role" in ('host', 'guest', 'signatory', 'delegation', 'speaker', 'invitee', 'organizer', 'location', 'mentioned'))
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"type" text NOT NULL,
	"start_date" text NOT NULL,
	"end_date" text,
	"location_name" text,
	"location_country" text,
	"latitude" double precision,
	"longitude" double precision,
	"end_bound" text GENERATED ALWAYS AS (coalesce(end_date, start_date) || '~') STORED,
	"parent_id" text,
	"enriched_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" text DEFAULT (to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) NOT NULL,
	"updated_at" text DEFAULT (to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) NOT NULL,
	"updated_by" text,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('news_search'::regconfig, coalesce("title", '') || ' ' || coalesce("summary", '') || ' ' || coalesce("location_name", ''))) STORED,
	CONSTRAINT "events_type_check" CHECK ("events"."type" in ('state-visit', 'treaty-signing', 'ceremony', 'meeting', 'press-statement', 'welcome', 'invitation', 'declaration', 'military-action', 'election', 'protest', 'other'))
);
--> statement-breakpoint
CREATE TABLE "participant_events" (
	"participant_id" text NOT NULL,
	"event_id" text NOT NULL,
	"start_date" text NOT NULL,
	"end_bound" text NOT NULL,
	CONSTRAINT "participant_events_participant_id_event_id_pk" PRIMARY KEY("participant_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "participant_aliases" (
	"participant_id" text NOT NULL,
	"language" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "participant_aliases_participant_id_language_name_pk" PRIMARY KEY("participant_id","language","name")
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"country_code" text,
	"wikidata_id" text,
	"origin" text DEFAULT 'curated' NOT NULL,
	"enriched_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" text DEFAULT (to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) NOT NULL,
	"updated_at" text DEFAULT (to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) NOT NULL,
	"updated_by" text,
	"names" "tsvector",
	CONSTRAINT "participants_wikidata_id_unique" UNIQUE("wikidata_id"),
	CONSTRAINT "participants_kind_check" CHECK ("participants"."kind" in ('person', 'organization', 'country', 'place')),
	CONSTRAINT "participants_origin_check" CHECK ("participants"."origin" in ('curated', 'extracted'))
);
--> statement-breakpoint
CREATE TABLE "statement_mentions" (
	"statement_id" text NOT NULL,
	"participant_id" text NOT NULL,
	CONSTRAINT "statement_mentions_statement_id_participant_id_pk" PRIMARY KEY("statement_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" text PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"speaker_id" text NOT NULL,
	"text" text NOT NULL,
	"language" text NOT NULL,
	"kind" text NOT NULL,
	"cue" text,
	"audience" text,
	"relayed_by" text,
	"article_id" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"origin" text DEFAULT 'curated' NOT NULL,
	"confidence" double precision,
	"created_at" text DEFAULT (to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) NOT NULL,
	"updated_at" text DEFAULT (to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) NOT NULL,
	"updated_by" text,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "statements_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('news_search'::regconfig, coalesce("text", ''))) STORED,
	CONSTRAINT "statements_kind_check" CHECK ("statements"."kind" in ('direct', 'partial', 'indirect')),
	CONSTRAINT "statements_origin_check" CHECK ("statements"."origin" in ('curated', 'extracted')),
	CONSTRAINT "statements_confidence_check" CHECK ("statements"."confidence" is null or ("statements"."confidence" >= 0 and "statements"."confidence" <= 1)),
	CONSTRAINT "statements_span_check" CHECK ("statements"."start" >= 0 and "statements"."end" > "statements"."start")
);
--> statement-breakpoint
CREATE TABLE "tombstones" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"deleted_at" text NOT NULL,
	CONSTRAINT "tombstones_type_check" CHECK ("tombstones"."type" in ('article', 'event', 'participant', 'statement'))
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"api_key" text NOT NULL,
	"key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"status" integer NOT NULL,
	"location" text,
	"body" text NOT NULL,
	"created_at" text DEFAULT (to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) NOT NULL,
	CONSTRAINT "idempotency_keys_api_key_key_pk" PRIMARY KEY("api_key","key")
);
--> statement-breakpoint
ALTER TABLE "event_articles" ADD CONSTRAINT "event_articles_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_articles" ADD CONSTRAINT "event_articles_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_events" ADD CONSTRAINT "participant_events_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_events" ADD CONSTRAINT "participant_events_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_aliases" ADD CONSTRAINT "participant_aliases_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_mentions" ADD CONSTRAINT "statement_mentions_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_mentions" ADD CONSTRAINT "statement_mentions_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_id_participants_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_published_id_idx" ON "articles" USING btree ("published","id");--> statement-breakpoint
CREATE INDEX "articles_language_idx" ON "articles" USING btree ("language");--> statement-breakpoint
CREATE INDEX "articles_updated_at_id_idx" ON "articles" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "articles_seq_idx" ON "articles" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "event_articles_article_id_idx" ON "event_articles" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "event_participants_participant_id_idx" ON "event_participants" USING btree ("participant_id","event_id");--> statement-breakpoint
CREATE INDEX "events_start_date_id_idx" ON "events" USING btree ("start_date","id");--> statement-breakpoint
CREATE INDEX "events_end_bound_idx" ON "events" USING btree ("end_bound");--> statement-breakpoint
CREATE INDEX "events_title_id_idx" ON "events" USING btree ("title","id");--> statement-breakpoint
CREATE INDEX "events_updated_at_id_idx" ON "events" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "events_location_name_idx" ON "events" USING btree ("location_name");--> statement-breakpoint
CREATE INDEX "events_type_idx" ON "events" USING btree ("type");--> statement-breakpoint
CREATE INDEX "events_location_country_idx" ON "events" USING btree ("location_country");--> statement-breakpoint
CREATE INDEX "events_parent_id_idx" ON "events" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "events_seq_idx" ON "events" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin ("search");--> statement-breakpoint
CREATE INDEX "participant_events_by_date_idx" ON "participant_events" USING btree ("participant_id","start_date","event_id","end_bound");--> statement-breakpoint
CREATE INDEX "participant_events_event_id_idx" ON "participant_events" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "participant_events_spanning_years_idx" ON "participant_events" USING btree ("participant_id","start_date","end_bound") WHERE substr("participant_events"."end_bound", 1, 4) > substr("participant_events"."start_date", 1, 4);--> statement-breakpoint
CREATE INDEX "participants_name_id_idx" ON "participants" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "participants_kind_idx" ON "participants" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "participants_updated_at_id_idx" ON "participants" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "participants_names_idx" ON "participants" USING gin ("names");--> statement-breakpoint
CREATE INDEX "statement_mentions_participant_id_idx" ON "statement_mentions" USING btree ("participant_id","statement_id");--> statement-breakpoint
CREATE INDEX "statements_speaker_id_idx" ON "statements" USING btree ("speaker_id","id");--> statement-breakpoint
CREATE INDEX "statements_event_id_idx" ON "statements" USING btree ("event_id","id");--> statement-breakpoint
CREATE INDEX "statements_language_idx" ON "statements" USING btree ("language","id");--> statement-breakpoint
CREATE INDEX "statements_kind_idx" ON "statements" USING btree ("kind","id");--> statement-breakpoint
CREATE INDEX "statements_article_id_idx" ON "statements" USING btree ("article_id","start");--> statement-breakpoint
CREATE INDEX "statements_updated_at_id_idx" ON "statements" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "statements_origin_idx" ON "statements" USING btree ("origin","id");--> statement-breakpoint
CREATE INDEX "statements_seq_idx" ON "statements" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "statements_search_idx" ON "statements" USING gin ("search");--> statement-breakpoint
CREATE INDEX "tombstones_deleted_at_id_idx" ON "tombstones" USING btree ("deleted_at","id");--> statement-breakpoint
CREATE INDEX "tombstones_type_deleted_at_idx" ON "tombstones" USING btree ("type","deleted_at","id");