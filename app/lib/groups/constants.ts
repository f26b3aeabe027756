// The fixed lists of action-learning groups; db/schema-groups.ts builds its enums from them, and
// components import them without pulling the table definitions (and drizzle) into the browser.
export const FACTORS = [
  "time",
  "workload",
  "unclear_roles",
  "privacy_rules",
  "funding",
  "management_support",
  "school_cooperation",
  "waiting_lists",
] as const;
// Whether a log entry's factor helped or hindered.
export const FACTOR_KINDS = ["helped", "hindered"] as const;
export const GROUP_ROLES = ["professional", "expert", "facilitator"] as const;
export const GROUP_STATUSES = ["active", "closed"] as const;
export const STEP_STATUSES = ["planned", "in_progress", "done", "stopped"] as const;

export type Factor = (typeof FACTORS)[number];
export type FactorKind = (typeof FACTOR_KINDS)[number];
export type GroupRole = (typeof GROUP_ROLES)[number];
export type GroupStatus = (typeof GROUP_STATUSES)[number];
export type StepStatus = (typeof STEP_STATUSES)[number];

export function isFactor(value: unknown): value is Factor {
  return typeof value === "string" && FACTORS.some((f) => f === value);
}

export function isStepStatus(value: unknown): value is StepStatus {
  return typeof value === "string" && STEP_STATUSES.some((s) => s === value);
}
