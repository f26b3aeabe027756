// npm run bench: runs every scripts/bench/*.mjs against the production build on 127.0.0.1
// and prints one JSON line per figure. Loops are bounded in count and time.
import fs from "node:fs";
import path from "node:path";
import url from "node:url";

const dir = path.join(path.dirname(url.fileURLToPath(import.meta.url)), "bench");
const only = process.argv[2];
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".mjs") && !f.startsWith("_"))
  .filter((f) => !only || f.includes(only))
  .sort();

let failed = 0;
for (const file of files) {
  const mod = await import(url.pathToFileURL(path.join(dir, file)).href);
  try {
    await mod.default();
  } catch (error) {
    failed++;
    console.log(JSON.stringify({ bench: file, error: String(error?.message ?? error) }));
  }
}
process.exit(failed > 0 ? 1 : 0);
