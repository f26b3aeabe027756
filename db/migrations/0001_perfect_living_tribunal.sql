CREATE INDEX `log_entries_author` ON `log_entries` (`author_id`);--> statement-breakpoint
CREATE INDEX `meetings_group_planned` ON `meetings` (`group_id`,`planned_at`);--> statement-breakpoint
CREATE INDEX `step_owners_user` ON `step_owners` (`user_id`);--> statement-breakpoint
CREATE INDEX `steps_group_status_due` ON `steps` (`group_id`,`status`,`due_on`);