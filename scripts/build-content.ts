// npm run build:content [contentDir] [--out file] [--glossary file] [--watch]
// Validates and compiles the MDX modules into build/content/modules.json and prints the B1 report
// per module; exits 1 on bad content (decisions 004 and 019).
import fs from "node:fs";
import path from "node:path";
import { ContentError, DEFAULT_GLOSSARY, buildContent } from "./content/compile";

const args = process.argv.slice(2);
const watch = args.includes("--watch");
function option(name: string): { value: string | undefined; index: number } {
  const index = args.indexOf(name);
  return { value: index >= 0 ? args[index + 1] : undefined, index };
}
const out = option("--out");
const glossary = option("--glossary");
const outFile = path.resolve(out.value ?? "build/content/modules.json");
const glossaryFile = glossary.value ? path.resolve(glossary.value) : DEFAULT_GLOSSARY;
const optionValues = new Set([out, glossary].filter((o) => o.index >= 0).map((o) => o.index + 1));
const positional = args.filter((a, i) => !a.startsWith("--") && !optionValues.has(i));
const contentDir = path.resolve(positional[0] ?? "content/modules");

async function once(): Promise<boolean> {
  const started = Date.now();
  try {
    const { content, report } = await buildContent(contentDir, outFile, glossaryFile);
    console.log(report);
    console.log(`Content: ${content.modules.length} modules -> ${path.relative(process.cwd(), outFile)} (${Date.now() - started} ms)`);
    return true;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`Content klopt niet (${path.relative(process.cwd(), contentDir)}):\n${error.message}`);
    return false;
  }
}

const ok = await once();
if (!watch) process.exit(ok ? 0 : 1);

let timer: NodeJS.Timeout | undefined;
fs.watch(path.dirname(contentDir), { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(() => void once(), 150);
});
console.log(`Content: kijkt naar wijzigingen in ${path.relative(process.cwd(), contentDir)}`);
