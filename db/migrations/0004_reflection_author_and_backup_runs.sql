CREATE TABLE `backup_runs` (
	`slot` text PRIMARY KEY NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`file` text
);
--> statement-breakpoint
ALTER TABLE `meetings` ADD `reflected_by` text REFERENCES users(id);--> statement-breakpoint
CREATE INDEX `meetings_reflected_by` ON `meetings` (`reflected_by`);