// The fixed lists from db/schema-groups.ts, importable by components without pulling the
// table definitions (and drizzle) into the browser bundle. The type checks keep them equal.
import type { FACTORS as DB_FACTORS, GROUP_ROLES as DB_ROLES, STEP_STATUSES as DB_STATUSES } from "~db/schema-groups";

export type Factor = (typeof DB_FACTORS)[number];
export type GroupRole = (typeof DB_ROLES)[number];
export type StepStatus = (typeof DB_STATUSES)[number];

export const FACTORS = [
  "time",
  "workload",
  "unclear_roles",
  "privacy_rules",
  "funding",
  "management_support",
  "school_cooperation",
  "waiting_lists",
] as const satisfies readonly Factor[];
export const GROUP_ROLES = ["professional", "expert", "facilitator"] as const satisfies readonly GroupRole[];
export const STEP_STATUSES = ["planned", "in_progress", "done", "stopped"] as const satisfies readonly StepStatus[];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const check: [Same<(typeof FACTORS)[number], Factor>, Same<(typeof GROUP_ROLES)[number], GroupRole>, Same<(typeof STEP_STATUSES)[number], StepStatus>] = [true, true, true];
void check;

export function isFactor(value: unknown): value is Factor {
  return typeof value === "string" && FACTORS.some((f) => f === value);
}

export function isStepStatus(value: unknown): value is StepStatus {
  return typeof value === "string" && STEP_STATUSES.some((s) => s === value);
}
