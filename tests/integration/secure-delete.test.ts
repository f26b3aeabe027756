// After an account is deleted, its name, e-mail and texts are gone from the raw bytes of the
// database file, its WAL and a backup taken afterwards (decision 015).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { env } from "~/env.server";
import { writeBackup } from "~/models/backups/backups.server";
import { addCommitment, saveLookBack, saveReflections } from "~/models/learning/progress.server";
import { createUser } from "~/models/accounts/users.server";
import { createSessionCookie } from "~/auth.server";
import { action as accountAction } from "~/routes/account";
import { TEST_PASSWORD, context, post, run } from "../support/fixtures";

const marker = (label: string) => `${label}${randomBytes(6).toString("hex")}`;

function filesContaining(files: string[], needle: string): string[] {
  const bytes = Buffer.from(needle, "utf8");
  return files.filter((file) => fs.existsSync(file) && fs.readFileSync(file).includes(bytes));
}

describe("deleting an account", () => {
  it("leaves its name, e-mail and texts nowhere in the database file, the WAL or a later backup", async () => {
    const markers = { name: marker("Naam"), email: marker("adres"), reflection: marker("Reflectie"), commitment: marker("Voornemen"), note: marker("Terugblik") };
    const email = `${markers.email}@voorbeeld.nl`;
    const userId = await createUser({ name: `Sara ${markers.name}`, email, password: TEST_PASSWORD, organisationId: "org-gld-toegang-1", networkId: "net-gelderland" });
    const cookie = (await createSessionCookie(userId)).split(";")[0] ?? "";
    saveReflections(userId, "verklarende-analyse", { "eigen-hypothese": `Wat ik dacht: ${markers.reflection}` });
    const commitment = addCommitment(userId, "verklarende-analyse", { text: `Ik ga ${markers.commitment}`, lookBackOn: "2026-01-01" });
    saveLookBack(userId, commitment, { outcome: "done", helped: `Het hielp: ${markers.note}`, hindered: "" });

    const live = [env.DATABASE_PATH, `${env.DATABASE_PATH}-wal`];
    // The scan finds them while the account exists, so finding nothing afterwards means something.
    for (const value of Object.values(markers)) expect(filesContaining(live, value), value).not.toEqual([]);

    const res = await run(() => accountAction({ request: post("/account", { intent: "delete", password: TEST_PASSWORD }, cookie), params: {}, context: context() }));
    expect(res.status).toBe(302);

    const backup = path.join(path.dirname(env.DATABASE_PATH), `after-delete-${randomBytes(4).toString("hex")}.db`);
    await writeBackup(backup);
    for (const value of Object.values(markers)) expect(filesContaining([...live, backup], value), value).toEqual([]);
  });
});
