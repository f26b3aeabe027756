import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/", "public/build/", "node_modules/", "tests/.tmp/", "test-results/", "playwright-report/", ".cache/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
    },
  },
  // Layering (docs/architecture.md): in app/ only models and auth touch the database and its schema
  // (server.ts and scripts/db-* open and migrate it); fixed value lists live in
  // app/lib/<feature>/constants.ts, which db/schema imports, never the reverse; components never
  // import models.
  {
    files: ["app/**/*.{ts,tsx}", "server/**/*.ts"],
    ignores: ["app/models/**", "app/auth.server.ts", "app/db.server.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["~/db.server", "**/db.server"], message: "Only app/models, app/auth.server.ts and db/ query the database." },
        { group: ["~db/*", "**/db/*"], message: "Only app/models and app/auth.server.ts read db/; import fixed lists from app/lib/<feature>/constants.ts." },
      ] }],
    },
  },
  {
    files: ["app/components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["~/db.server", "**/db.server", "~db/*", "**/db/*"], message: "Components never touch the database." },
        { group: ["~/models/*", "~/models/**"], message: "Components are presentational: pass data in from the route." },
      ] }],
    },
  },
);
