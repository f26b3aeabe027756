import { z } from "zod";

const booleanish = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

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
  // Behind a reverse proxy, trust X-Forwarded-For for the client address (rate limiting).
  TRUST_PROXY: booleanish.default("false"),
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
