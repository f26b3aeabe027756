// The content build: the real modules compile, and bad frontmatter, an unsourced voice or advice,
// or unexplained jargon stops the build with the file and line.
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

  it("gives every module learning goals, a case story in parts 1–4, key points and sourced advice", () => {
    for (const m of listModules()) {
      expect(m.learningGoals.length).toBeGreaterThanOrEqual(2);
      const html = (n: number) => m.parts[n]?.blocks.flatMap((b) => ("html" in b ? [b.html] : [])).join("") ?? "";
      for (const n of [0, 1, 2, 3]) expect(html(n)).toContain('class="case__label"');
      expect(html(0)).toContain('class="key-points"');
      const advice = (html(2).match(/class="(advice advice--do|advice advice--dont|voice voice--\w+)"/g) ?? []).length;
      expect((html(2).match(/class="attribution"/g) ?? []).length).toBe(advice);
      expect(html(2)).not.toContain("voice--researcher");
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

  it("fails on advice without a source and on jargon without explanation, naming file and line", () => {
    const out = path.resolve("tests/.tmp/unsourced-content/modules.json");
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build-content.ts", "tests/fixtures/modules-unsourced", "--out", out], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("ongebronde-module/3-ervaringsdeskundigen.mdx:9: <Do>: geen source");
    expect(result.stderr).toContain('ongebronde-module/1-kennis.mdx:9: <Term>: "casusregie" is vaktaal');
    expect(fs.existsSync(out)).toBe(false);
  });
});
