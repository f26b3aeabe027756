// Runs before each test file: a fresh copy of the migrated template, before any app module opens it.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const dir = path.resolve("tests/.tmp");
const file = path.join(dir, `test-${crypto.randomUUID()}.db`);
fs.copyFileSync(path.join(dir, "template.db"), file);
process.env.DATABASE_PATH = file;
process.env.NODE_ENV = "test";
process.env.SEED_DEMO = "false";
process.env.CONTENT_PATH = path.join(dir, "content", "modules.json");
