// The fixed lists of modules, commitments and experiential input; db/schema-learning.ts builds its
// enums from them, and forms and components import them without the table definitions.
export const LOOK_BACK_OUTCOMES = ["done", "partly", "not_yet"] as const;
export const CONTRIBUTION_KINDS = ["do", "dont", "story"] as const;
// Whose experience a contribution or a <Voice> in module content speaks from.
export const PERSPECTIVES = ["parent", "youth", "expert"] as const;
export const REVIEW_STATUSES = ["pending", "approved", "rejected"] as const;

export type LookBackOutcome = (typeof LOOK_BACK_OUTCOMES)[number];
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export type Perspective = (typeof PERSPECTIVES)[number];

export function isPerspective(value: unknown): value is Perspective {
  return PERSPECTIVES.some((p) => p === value);
}
