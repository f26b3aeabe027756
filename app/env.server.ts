import { Cron } from "croner";
import { z } from "zod";
import { parseTrustProxy } from "./lib/trust-proxy";

const booleanish = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

function isCronPattern(pattern: string): boolean {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  DATABASE_PATH: z.string().min(1).default("data/leercirkel.db"),
  // Compiled modules, written by `npm run build:content`.
  CONTENT_PATH: z.string().min(1).default("build/content/modules.json"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  SEED_DEMO: booleanish.default("true"),
  // Secure cookies need HTTPS; browsers accept them on http://localhost too.
  COOKIE_SECURE: booleanish.optional(),
  // Behind a reverse proxy: how many proxies, or which addresses, may name the client's address
  // in X-Forwarded-For (used by the login limits and the poll cap). Never "true".
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((raw, ctx) => {
      const parsed = parseTrustProxy(raw);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed.message });
      return z.NEVER;
    }),
  // New anonymous voters one address may add to one poll; a school or congress network fits.
  POLL_VOTERS_PER_IP: z.coerce.number().int().min(1).default(300),
  // Online backups inside the server (decision 016): a cron pattern in Dutch time, or "off".
  BACKUP_SCHEDULE: z
    .string()
    .trim()
    .default("0 3 * * *")
    .refine((value) => value === "off" || isCronPattern(value), "expected a cron pattern such as \"0 3 * * *\" or \"off\""),
  BACKUP_DIR: z.string().min(1).default("data/backups"),
  // How many backups to keep; a deleted account lives on in older backups until they are pruned.
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(7),
});

const parsed = EnvSchema.safeParse(process.env);
if (!parsed.success) {
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid environment: ${problems.join("; ")}`);
}

// React and Remix choose their production builds from process.env.NODE_ENV itself.
process.env.NODE_ENV ??= parsed.data.NODE_ENV;

export const env = {
  ...parsed.data,
  COOKIE_SECURE: parsed.data.COOKIE_SECURE ?? parsed.data.NODE_ENV === "production",
};
