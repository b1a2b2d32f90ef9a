CREATE TABLE `tombstones` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`deleted_at` text NOT NULL,
	CONSTRAINT "tombstones_type_check" CHECK("tombstones"."type" in ('article', 'event', 'participant', 'statement'))
);
--> statement-breakpoint
CREATE INDEX `tombstones_deleted_at_id_idx` ON `tombstones` (`deleted_at`,`id`);--> statement-breakpoint
CREATE INDEX `tombstones_type_deleted_at_idx` ON `tombstones` (`type`,`deleted_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_updated_at_id_idx` ON `articles` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `events_title_id_idx` ON `events` (`title`,`id`);--> statement-breakpoint
CREATE INDEX `events_updated_at_id_idx` ON `events` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `events_location_name_idx` ON `events` (`location_name`);--> statement-breakpoint
CREATE INDEX `participants_updated_at_id_idx` ON `participants` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `statements_updated_at_id_idx` ON `statements` (`updated_at`,`id`);