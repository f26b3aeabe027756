import type { Role } from "~db/schema";

const ALL_ROLES: readonly Role[] = ["participant", "expert", "facilitator", "coordinator", "admin"];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && ALL_ROLES.some((role) => role === value);
}
