// The fixed lists of accounts; db/schema-core.ts builds its enums from them, and routes and
// components import them without pulling the table definitions (and drizzle) into the browser.
export const ORGANISATION_TYPES = [
  "provider",
  "access_team",
  "certified_institution",
  "education",
  "municipality",
  "knowledge_institute",
  "experiential_experts",
] as const;
// Everyone is a participant; these are the roles granted on top, in the order menus show them.
export const GRANTED_ROLES = ["expert", "facilitator", "coordinator", "admin"] as const;

export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
export type GrantedRole = (typeof GRANTED_ROLES)[number];
export type Role = "participant" | GrantedRole;

export function isRole(value: unknown): value is Role {
  return value === "participant" || GRANTED_ROLES.some((role) => role === value);
}
