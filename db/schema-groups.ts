import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { FACTOR_KINDS, FACTORS, GROUP_ROLES, GROUP_STATUSES, STEP_STATUSES } from "../app/lib/groups/constants";
import { networks, themes, users } from "./schema-core";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`);

export const groups = sqliteTable("groups", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  themeId: text("theme_id")
    .notNull()
    .references(() => themes.id),
  moduleSlug: text("module_slug"),
  intendedChange: text("intended_change").notNull(),
  networkId: text("network_id").references(() => networks.id),
  startsOn: text("starts_on").notNull(),
  endsOn: text("ends_on").notNull(),
  rhythm: text("rhythm").notNull(),
  maxSize: integer("max_size").notNull(),
  status: text("status", { enum: GROUP_STATUSES }).notNull().default("active"),
  inviteCode: text("invite_code").unique(),
  lessonsLearned: text("lessons_learned"),
  closedAt: integer("closed_at", { mode: "timestamp_ms" }),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const groupMembers = sqliteTable(
  "group_members",
  {
    groupId: text("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: GROUP_ROLES }).notNull(),
    joinedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index("group_members_user").on(t.userId)],
);

export const steps = sqliteTable(
  "steps",
  {
    id: text("id").primaryKey(),
    groupId: text("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    what: text("what").notNull(),
    dueOn: text("due_on").notNull(),
    successSign: text("success_sign").notNull(),
    status: text("status", { enum: STEP_STATUSES }).notNull().default("planned"),
    stopReason: text("stop_reason"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("steps_group").on(t.groupId), index("steps_group_status_due").on(t.groupId, t.status, t.dueOn)],
);

export const stepOwners = sqliteTable(
  "step_owners",
  {
    stepId: text("step_id")
      .notNull()
      .references(() => steps.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  // By user: the home page's "my steps" and reassigning steps when someone leaves.
  (t) => [primaryKey({ columns: [t.stepId, t.userId] }), index("step_owners_user").on(t.userId)],
);

export const stepStatusChanges = sqliteTable(
  "step_status_changes",
  {
    id: text("id").primaryKey(),
    stepId: text("step_id")
      .notNull()
      .references(() => steps.id, { onDelete: "cascade" }),
    fromStatus: text("from_status", { enum: STEP_STATUSES }),
    toStatus: text("to_status", { enum: STEP_STATUSES }).notNull(),
    reason: text("reason"),
    changedBy: text("changed_by").references(() => users.id, { onDelete: "set null" }),
    changedAt: createdAt(),
  },
  (t) => [index("step_status_changes_step").on(t.stepId)],
);

export const logEntries = sqliteTable(
  "log_entries",
  {
    id: text("id").primaryKey(),
    groupId: text("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    stepId: text("step_id").references(() => steps.id, { onDelete: "set null" }),
    // Null once the author deleted their account: the group's history stays, anonymised.
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    loggedOn: text("logged_on").notNull(),
    did: text("did").notNull(),
    helped: text("helped").notNull().default(""),
    hindered: text("hindered").notNull().default(""),
    next: text("next").notNull().default(""),
    shared: integer("shared", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("log_entries_group").on(t.groupId, t.loggedOn),
    // Data export and the anonymising "set null" on account deletion look log entries up by author.
    index("log_entries_author").on(t.authorId),
  ],
);

export const logEntryFactors = sqliteTable(
  "log_entry_factors",
  {
    logEntryId: text("log_entry_id")
      .notNull()
      .references(() => logEntries.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: FACTOR_KINDS }).notNull(),
    factor: text("factor", { enum: FACTORS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.logEntryId, t.kind, t.factor] })],
);

export const meetings = sqliteTable(
  "meetings",
  {
    id: text("id").primaryKey(),
    groupId: text("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    plannedAt: integer("planned_at", { mode: "timestamp_ms" }).notNull(),
    agenda: text("agenda").notNull().default(""),
    learned: text("learned"),
    adapt: text("adapt"),
    // Who last saved the reflection; null when unknown or once that person deleted their account.
    reflectedBy: text("reflected_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  // By author: the data download and the anonymising "set null" on account deletion.
  (t) => [index("meetings_group_planned").on(t.groupId, t.plannedAt), index("meetings_reflected_by").on(t.reflectedBy)],
);

// Running totals of the factor tags per group, kept up to date with every log entry (in the same
// transaction), so monitors, the network overview and the agenda's theme signals never have to
// join all log entries with their tags.
export const groupFactorTallies = sqliteTable(
  "group_factor_tallies",
  {
    groupId: text("group_id")
      .notNull()
      .references(() => groups.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: FACTOR_KINDS }).notNull(),
    factor: text("factor", { enum: FACTORS }).notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.kind, t.factor] })],
);
