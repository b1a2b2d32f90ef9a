ALTER TABLE `statements` ADD `speaker_name` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `event_title` text;--> statement-breakpoint
ALTER TABLE `statements` ADD `mentions` text;