CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`publisher` text,
	`language` text NOT NULL,
	`published` text NOT NULL,
	`url` text,
	`body` text NOT NULL,
	`body_hash` text NOT NULL,
	`enriched_fields` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_body_hash_unique` ON `articles` (`body_hash`);--> statement-breakpoint
CREATE INDEX `articles_published_id_idx` ON `articles` (`published`,`id`);--> statement-breakpoint
CREATE INDEX `articles_language_idx` ON `articles` (`language`);--> statement-breakpoint
CREATE INDEX `articles_updated_at_id_idx` ON `articles` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `event_articles` (
	`event_id` text NOT NULL,
	`article_id` text NOT NULL,
	PRIMARY KEY(`event_id`, `article_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_articles_article_id_idx` ON `event_articles` (`article_id`);--> statement-breakpoint
CREATE TABLE `event_participants` (
	`event_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`event_id`, `participant_id`, `role`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "event_participants_role_check" CHECK("event_participants"."role" in ('host', 'guest', 'signatory', 'delegation', 'speaker', 'invitee', 'organizer', 'location', 'mentioned'))
);
--> statement-breakpoint
CREATE INDEX `event_participants_participant_id_idx` ON `event_participants` (`participant_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`summary` text,
	`type` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`location_name` text,
	`location_country` text,
	`latitude` real,
	`longitude` real,
	`end_bound` text GENERATED ALWAYS AS (coalesce(end_date, start_date) || '~') VIRTUAL,
	`parent_id` text,
	`enriched_fields` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`parent_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "events_type_check" CHECK("events"."type" in ('state-visit', 'treaty-signing', 'ceremony', 'meeting', 'press-statement', 'welcome', 'invitation', 'declaration', 'military-action', 'election', 'protest', 'other'))
);
--> statement-breakpoint
CREATE INDEX `events_start_date_id_idx` ON `events` (`start_date`,`id`);--> statement-breakpoint
CREATE INDEX `events_end_bound_idx` ON `events` (`end_bound`);--> statement-breakpoint
CREATE INDEX `events_title_id_idx` ON `events` (`title`,`id`);--> statement-breakpoint
CREATE INDEX `events_updated_at_id_idx` ON `events` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `events_location_name_idx` ON `events` (`location_name`);--> statement-breakpoint
CREATE INDEX `events_type_idx` ON `events` (`type`);--> statement-breakpoint
CREATE INDEX `events_location_country_idx` ON `events` (`location_country`);--> statement-breakpoint
CREATE INDEX `events_parent_id_idx` ON `events` (`parent_id`);--> statement-breakpoint
CREATE TABLE `participant_aliases` (
	`participant_id` text NOT NULL,
	`language` text NOT NULL,
	`name` text NOT NULL,
	PRIMARY KEY(`participant_id`, `language`, `name`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `participants` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`country_code` text,
	`wikidata_id` text,
	`origin` text DEFAULT 'curated' NOT NULL,
	`enriched_fields` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` text,
	CONSTRAINT "participants_kind_check" CHECK("participants"."kind" in ('person', 'organization', 'country', 'place')),
	CONSTRAINT "participants_origin_check" CHECK("participants"."origin" in ('curated', 'extracted'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participants_wikidata_id_unique` ON `participants` (`wikidata_id`);--> statement-breakpoint
CREATE INDEX `participants_name_id_idx` ON `participants` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `participants_kind_idx` ON `participants` (`kind`);--> statement-breakpoint
CREATE INDEX `participants_updated_at_id_idx` ON `participants` (`updated_at`,`id`);--> statement-breakpoint
CREATE TABLE `statement_mentions` (
	`statement_id` text NOT NULL,
	`participant_id` text NOT NULL,
	PRIMARY KEY(`statement_id`, `participant_id`),
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `statement_mentions_participant_id_idx` ON `statement_mentions` (`participant_id`,`statement_id`);--> statement-breakpoint
CREATE TABLE `statements` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`speaker_id` text NOT NULL,
	`text` text NOT NULL,
	`language` text NOT NULL,
	`kind` text NOT NULL,
	`cue` text,
	`audience` text,
	`relayed_by` text,
	`article_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`origin` text DEFAULT 'curated' NOT NULL,
	`confidence` real,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`speaker_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statements_kind_check" CHECK("statements"."kind" in ('direct', 'partial', 'indirect')),
	CONSTRAINT "statements_origin_check" CHECK("statements"."origin" in ('curated', 'extracted')),
	CONSTRAINT "statements_confidence_check" CHECK("statements"."confidence" is null or ("statements"."confidence" >= 0 and "statements"."confidence" <= 1)),
	CONSTRAINT "statements_span_check" CHECK("statements"."start" >= 0 and "statements"."end" > "statements"."start")
);
--> statement-breakpoint
CREATE INDEX `statements_speaker_id_idx` ON `statements` (`speaker_id`,`id`);--> statement-breakpoint
CREATE INDEX `statements_event_id_idx` ON `statements` (`event_id`,`id`);--> statement-breakpoint
CREATE INDEX `statements_language_idx` ON `statements` (`language`,`id`);--> statement-breakpoint
CREATE INDEX `statements_kind_idx` ON `statements` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `statements_article_id_idx` ON `statements` (`article_id`,`start`);--> statement-breakpoint
CREATE INDEX `statements_updated_at_id_idx` ON `statements` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `statements_origin_idx` ON `statements` (`origin`,`id`);--> statement-breakpoint
CREATE TABLE `tombstones` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`deleted_at` text NOT NULL,
	CONSTRAINT "tombstones_type_check" CHECK("tombstones"."type" in ('article', 'event', 'participant', 'statement'))
);
--> statement-breakpoint
CREATE INDEX `tombstones_deleted_at_id_idx` ON `tombstones` (`deleted_at`,`id`);--> statement-breakpoint
CREATE INDEX `tombstones_type_deleted_at_idx` ON `tombstones` (`type`,`deleted_at`,`id`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`api_key` text NOT NULL,
	`key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`status` integer NOT NULL,
	`location` text,
	`body` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`api_key`, `key`)
);
