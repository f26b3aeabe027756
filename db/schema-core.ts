import { sql } from "drizzle-orm";
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { GRANTED_ROLES, ORGANISATION_TYPES } from "../app/lib/accounts/constants";
import { THEME_ORIGINS, THEME_STATUSES } from "../app/lib/webinars/constants";

// Timestamps are UTC milliseconds; calendar dates (no time) are ISO "YYYY-MM-DD" text.
const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`);

export const networks = sqliteTable("networks", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
});

export const organisations = sqliteTable("organisations", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  type: text("type", { enum: ORGANISATION_TYPES }).notNull(),
  networkId: text("network_id").references(() => networks.id),
});

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  organisationId: text("organisation_id").references(() => organisations.id),
  networkId: text("network_id").references(() => networks.id),
  createdAt: createdAt(),
});

export const sessions = sqliteTable("sessions", {
  id: text("id").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expiresAt: integer("expires_at").notNull(),
});

export const roleGrants = sqliteTable(
  "role_grants",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: GRANTED_ROLES }).notNull(),
    grantedBy: text("granted_by").references(() => users.id, { onDelete: "set null" }),
    grantedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

// Attempt counters per key ("login:<email>", "login-ip:<address>", "register:<email>" …) for the
// limits in app/models/accounts/attempt-limits.server.ts; the table keeps its first name.
export const loginFailures = sqliteTable("login_failures", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: integer("last_failure_at", { mode: "timestamp_ms" }).notNull(),
});

export const themes = sqliteTable("themes", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  description: text("description").notNull().default(""),
  status: text("status", { enum: THEME_STATUSES }).notNull().default("candidate"),
  origin: text("origin", { enum: THEME_ORIGINS }).notNull().default("coordinator"),
  reason: text("reason"),
  networkId: text("network_id").references(() => networks.id),
  mergedIntoId: text("merged_into_id"),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});
