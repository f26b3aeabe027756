import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { POLL_STATUSES, POLL_TYPES, RESULTS_VISIBILITY } from "../app/lib/webinars/constants";
import { networks, themes, users } from "./schema-core";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`);

export const webinars = sqliteTable("webinars", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  description: text("description").notNull().default(""),
  startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
  meetingUrl: text("meeting_url"),
  presenter: text("presenter").notNull().default(""),
  networkId: text("network_id").references(() => networks.id),
  joinCode: text("join_code").notNull().unique(),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const webinarThemes = sqliteTable(
  "webinar_themes",
  {
    webinarId: text("webinar_id")
      .notNull()
      .references(() => webinars.id, { onDelete: "cascade" }),
    themeId: text("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.webinarId, t.themeId] })],
);

export const polls = sqliteTable(
  "polls",
  {
    id: text("id").primaryKey(),
    webinarId: text("webinar_id")
      .notNull()
      .references(() => webinars.id, { onDelete: "cascade" }),
    question: text("question").notNull(),
    type: text("type", { enum: POLL_TYPES }).notNull(),
    maxChoices: integer("max_choices").notNull().default(1),
    anonymous: integer("anonymous", { mode: "boolean" }).notNull().default(true),
    resultsVisibility: text("results_visibility", { enum: RESULTS_VISIBILITY }).notNull().default("after_vote"),
    status: text("status", { enum: POLL_STATUSES }).notNull().default("draft"),
    showResults: integer("show_results", { mode: "boolean" }).notNull().default(false),
    position: integer("position").notNull().default(0),
    closesAt: integer("closes_at", { mode: "timestamp_ms" }),
    openedAt: integer("opened_at", { mode: "timestamp_ms" }),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    // JSON snapshot of what the poll tells the agenda (lib/poll-tally.ts agendaSnapshot), written when
    // it closes: the agenda reads these, never every vote.
    tally: text("tally"),
    // New anonymous voters refused because their address reached the cap (decision 014).
    refusedVotes: integer("refused_votes").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("polls_webinar").on(t.webinarId)],
);

export const pollOptions = sqliteTable(
  "poll_options",
  {
    id: text("id").primaryKey(),
    pollId: text("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    themeId: text("theme_id").references(() => themes.id, { onDelete: "set null" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("poll_options_poll").on(t.pollId)],
);

// One row per (poll, voter): a re-vote replaces the row, so a double submit never counts twice.
export const votes = sqliteTable(
  "votes",
  {
    id: text("id").primaryKey(),
    pollId: text("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
    voterKey: text("voter_key").notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    // JSON: { optionIds: string[] } | { ranking: string[] } | { scale: number } | { text: string }
    payload: text("payload").notNull(),
    hidden: integer("hidden", { mode: "boolean" }).notNull().default(false),
    mergedThemeId: text("merged_theme_id").references(() => themes.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("votes_poll_voter").on(t.pollId, t.voterKey)],
);

export const decisions = sqliteTable("decisions", {
  id: text("id").primaryKey(),
  themeId: text("theme_id")
    .notNull()
    .references(() => themes.id),
  networkId: text("network_id").references(() => networks.id),
  decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
  rationale: text("rationale").notNull(),
  followUp: text("follow_up").notNull().default(""),
  moduleSlug: text("module_slug"),
  webinarId: text("webinar_id").references(() => webinars.id, { onDelete: "set null" }),
  decidedAt: createdAt(),
});

export const decisionPolls = sqliteTable(
  "decision_polls",
  {
    decisionId: text("decision_id")
      .notNull()
      .references(() => decisions.id, { onDelete: "cascade" }),
    pollId: text("poll_id")
      .notNull()
      .references(() => polls.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.decisionId, t.pollId] })],
);
