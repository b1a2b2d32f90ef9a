CREATE TABLE `participant_events` (
	`participant_id` text NOT NULL,
	`event_id` text NOT NULL,
	`start_date` text NOT NULL,
	`end_bound` text NOT NULL,
	PRIMARY KEY(`participant_id`, `event_id`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `participant_events_by_date_idx` ON `participant_events` (`participant_id`,`start_date`,`event_id`,`end_bound`);--> statement-breakpoint
CREATE INDEX `participant_events_event_id_idx` ON `participant_events` (`event_id`);