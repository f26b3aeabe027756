// The content build: the real modules compile, and bad frontmatter stops the build.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { THEMES } from "~db/seed-reference";
import { PARTS } from "~/lib/module-parts";
import { listModules } from "~/models/learning/content.server";

describe("content build", () => {
  it("compiles six modules with five parts, a field for every reflection question and the three kinds of sources", () => {
    const modules = listModules();
    expect(modules.length).toBeGreaterThanOrEqual(6);
    for (const m of modules) {
      expect(m.parts.map((p) => p.slug)).toEqual(PARTS.map((p) => p.slug));
      const questionBlocks = m.parts[3]?.blocks.flatMap((b) => ("questionId" in b ? [b.questionId] : [])) ?? [];
      expect(questionBlocks.sort()).toEqual(m.reflectionQuestions.map((q) => q.id).sort());
      expect(new Set(m.sources.map((s) => s.kind))).toEqual(new Set(["wetenschap", "praktijk", "ervaring"]));
      expect(THEMES.map((t) => t.slug)).toContain(m.theme);
      expect(m.parts[0]?.blocks[0]).toMatchObject({ html: expect.stringContaining("<h2>") });
      expect(m.parts.some((p) => p.blocks.some((b) => "html" in b && b.html.includes('class="advice advice--do"')))).toBe(true);
    }
  });

  it("fails on a module with bad frontmatter, naming the file and the fields", () => {
    const out = path.resolve("tests/.tmp/bad-content/modules.json");
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build-content.ts", "tests/fixtures/modules-bad", "--out", out], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('kapotte-module/index.mdx: theme: onbekend thema "bestaat-niet"');
    expect(result.stderr).toContain("kapotte-module/index.mdx: durationMinutes:");
    expect(fs.existsSync(out)).toBe(false);
  });
});
