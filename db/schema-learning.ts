import { sql } from "drizzle-orm";
import { integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { CONTRIBUTION_KINDS, LOOK_BACK_OUTCOMES, PERSPECTIVES, REVIEW_STATUSES } from "../app/lib/learning/constants";
import { users } from "./schema-core";

// Learning interventions live as MDX in content/modules; these tables hold each user's state.

export const moduleProgress = sqliteTable(
  "module_progress",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    moduleSlug: text("module_slug").notNull(),
    startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull(),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
    lastPart: integer("last_part").notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.userId, t.moduleSlug] })],
);

export const partProgress = sqliteTable(
  "part_progress",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    moduleSlug: text("module_slug").notNull(),
    part: integer("part").notNull(),
    doneAt: integer("done_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.moduleSlug, t.part] })],
);

// Private to their author: no other user, role or export may read them.
export const reflections = sqliteTable(
  "reflections",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    moduleSlug: text("module_slug").notNull(),
    questionId: text("question_id").notNull(),
    answer: text("answer").notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("reflections_user_question").on(t.userId, t.moduleSlug, t.questionId)],
);

export const commitments = sqliteTable("commitments", {
  id: text("id").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  moduleSlug: text("module_slug").notNull(),
  text: text("text").notNull(),
  lookBackOn: text("look_back_on"),
  lookBackOutcome: text("look_back_outcome", { enum: LOOK_BACK_OUTCOMES }),
  lookBackHelped: text("look_back_helped"),
  lookBackHindered: text("look_back_hindered"),
  lookBackAt: integer("look_back_at", { mode: "timestamp_ms" }),
  createdAt: integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch() * 1000)`),
});

export const expertContributions = sqliteTable("expert_contributions", {
  id: text("id").primaryKey(),
  userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
  moduleSlug: text("module_slug").notNull(),
  kind: text("kind", { enum: CONTRIBUTION_KINDS }).notNull(),
  perspective: text("perspective", { enum: PERSPECTIVES }).notNull(),
  displayName: text("display_name"),
  text: text("text").notNull(),
  status: text("status", { enum: REVIEW_STATUSES }).notNull().default("pending"),
  reviewedBy: text("reviewed_by").references(() => users.id, { onDelete: "set null" }),
  reviewedAt: integer("reviewed_at", { mode: "timestamp_ms" }),
  createdAt: integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch() * 1000)`),
});
