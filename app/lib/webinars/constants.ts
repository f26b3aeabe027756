// The fixed lists of webinars, polls and the agenda's themes; db/schema-webinars.ts and
// db/schema-core.ts build their enums from them, and forms and components import them
// without the table definitions.
export const POLL_TYPES = ["single", "multiple", "ranking", "scale", "open"] as const;
export const RESULTS_VISIBILITY = ["after_vote", "presenter_only", "after_close"] as const;
export const POLL_STATUSES = ["draft", "open", "closed"] as const;
// A theme on the shared agenda: a candidate until a coordinator chooses it.
export const THEME_STATUSES = ["candidate", "chosen", "active", "closed"] as const;
// Where a candidate theme came from: the source documents, a coordinator, or open poll answers.
export const THEME_ORIGINS = ["seed", "coordinator", "poll"] as const;

export type PollType = (typeof POLL_TYPES)[number];
export type ResultsVisibility = (typeof RESULTS_VISIBILITY)[number];
export type PollStatus = (typeof POLL_STATUSES)[number];
export type ThemeStatus = (typeof THEME_STATUSES)[number];
