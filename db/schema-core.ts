import { relations, sql } from "drizzle-orm";
import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Timestamps are UTC milliseconds; calendar dates (no time) are ISO "YYYY-MM-DD" text.
const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`);

export const ORGANISATION_TYPES = [
  "provider",
  "access_team",
  "certified_institution",
  "education",
  "municipality",
  "knowledge_institute",
  "experiential_experts",
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

// Everyone is a participant; these are the roles granted on top.
export const GRANTED_ROLES = ["expert", "facilitator", "coordinator", "admin"] as const;
export type GrantedRole = (typeof GRANTED_ROLES)[number];
export type Role = "participant" | GrantedRole;

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

export const THEME_STATUSES = ["candidate", "chosen", "active", "closed"] as const;
export type ThemeStatus = (typeof THEME_STATUSES)[number];

export const themes = sqliteTable("themes", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  description: text("description").notNull().default(""),
  status: text("status", { enum: THEME_STATUSES }).notNull().default("candidate"),
  origin: text("origin", { enum: ["seed", "coordinator", "poll"] }).notNull().default("coordinator"),
  reason: text("reason"),
  networkId: text("network_id").references(() => networks.id),
  mergedIntoId: text("merged_into_id"),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const networksRelations = relations(networks, ({ many }) => ({
  organisations: many(organisations),
  users: many(users),
}));

export const organisationsRelations = relations(organisations, ({ one, many }) => ({
  network: one(networks, { fields: [organisations.networkId], references: [networks.id] }),
  users: many(users),
}));

export const usersRelations = relations(users, ({ one, many }) => ({
  organisation: one(organisations, { fields: [users.organisationId], references: [organisations.id] }),
  network: one(networks, { fields: [users.networkId], references: [networks.id] }),
  roleGrants: many(roleGrants),
  sessions: many(sessions),
}));

export const roleGrantsRelations = relations(roleGrants, ({ one }) => ({
  user: one(users, { fields: [roleGrants.userId], references: [users.id] }),
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));

