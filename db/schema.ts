// All tables, one file per domain area; drizzle-kit and the app import from here.
export * from "./schema-core";
export * from "./schema-learning";
export * from "./schema-groups";
export * from "./schema-webinars";
export * from "./schema-backups";
