ALTER TABLE "statements" ADD COLUMN "speaker_name" text;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "event_title" text;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "mentions" text;