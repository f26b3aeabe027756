// npm run build:content [contentDir] [--out file] [--watch]
// Validates and compiles the MDX modules into build/content/modules.json; exits 1 on bad content.
import fs from "node:fs";
import path from "node:path";
import { ContentError, buildContent } from "./content/compile";

const args = process.argv.slice(2);
const watch = args.includes("--watch");
const outIndex = args.indexOf("--out");
const outFile = path.resolve(outIndex >= 0 ? (args[outIndex + 1] ?? "") : "build/content/modules.json");
const positional = args.filter((a, i) => !a.startsWith("--") && (outIndex < 0 || i !== outIndex + 1));
const contentDir = path.resolve(positional[0] ?? "content/modules");

async function once(): Promise<boolean> {
  const started = Date.now();
  try {
    const content = await buildContent(contentDir, outFile);
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
fs.watch(contentDir, { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(() => void once(), 150);
});
console.log(`Content: kijkt naar wijzigingen in ${path.relative(process.cwd(), contentDir)}`);
