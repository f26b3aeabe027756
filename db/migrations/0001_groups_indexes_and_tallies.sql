CREATE TABLE `group_factor_tallies` (
	`group_id` text NOT NULL,
	`kind` text NOT NULL,
	`factor` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`group_id`, `kind`, `factor`),
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `log_entries_author` ON `log_entries` (`author_id`);--> statement-breakpoint
CREATE INDEX `meetings_group_planned` ON `meetings` (`group_id`,`planned_at`);--> statement-breakpoint
CREATE INDEX `step_owners_user` ON `step_owners` (`user_id`);--> statement-breakpoint
CREATE INDEX `steps_group_status_due` ON `steps` (`group_id`,`status`,`due_on`);