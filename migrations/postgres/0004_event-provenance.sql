ALTER TABLE "event_participants" DROP CONSTRAINT "event_participants_role_check";--> statement-breakpoint
ALTER TABLE "events" DROP CONSTRAINT "events_type_check";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "origin" text DEFAULT 'curated' NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "confidence" double precision;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "cameo" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "source_article_id" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "source_start" integer;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "source_end" integer;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_source_article_id_articles_id_fk" FOREIGN KEY ("source_article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_origin_idx" ON "events" USING btree ("origin","start_date","id");--> statement-breakpoint
CREATE INDEX "events_cameo_idx" ON "events" USING btree ("cameo");--> statement-breakpoint
CREATE INDEX "events_source_article_id_idx" ON "events" USING btree ("source_article_id");--> statement-breakpoint
ALTER TABLE "event_participants" ADD CONSTRAINT "event_participants_role_check" CHECK ("event_participants"."role" in ('host', 'guest', 'signatory', 'delegation', 'speaker', 'invitee', 'organizer', 'location', 'mentioned', 'source', 'target'));--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_origin_check" CHECK ("events"."origin" in ('curated', 'extracted'));--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_cameo_check" CHECK ("events"."cameo" in ('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'));--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_confidence_check" CHECK ("events"."confidence" is null or ("events"."confidence" >= 0 and "events"."confidence" <= 1));--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_source_check" CHECK (("events"."source_start" is null and "events"."source_end" is null) or ("events"."source_start" is not null and "events"."source_end" is not null and "events"."source_start" >= 0 and "events"."source_end" > "events"."source_start"));--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_type_check" CHECK ("events"."type" in ('state-visit', 'treaty-signing', 'ceremony', 'meeting', 'press-statement', 'welcome', 'invitation', 'declaration', 'military-action', 'election', 'protest', 'attack', 'arrest', 'court-ruling', 'investigation', 'disaster', 'accident', 'appointment', 'resignation', 'sanctions', 'strike', 'announcement', 'negotiation', 'agreement', 'aid', 'threat', 'legislation', 'economic', 'sport', 'other'));