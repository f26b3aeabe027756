import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sessions, users } from "~db/schema";
import { db } from "~/db.server";
import { action as accountAction } from "~/routes/account";
import { loader as dataLoader } from "~/routes/account.gegevens";
import { action as loginAction } from "~/routes/inloggen";
import { action as registerAction } from "~/routes/registreren";
import { TEST_PASSWORD, context, createTestUser, get, post, run } from "../support/fixtures";

const userCount = () => db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
const valid = {
  name: "Fatima Yilmaz",
  email: "fatima@voorbeeld.nl",
  password: "lange-zin-als-wachtwoord",
  organisationId: "org-gld-toegang-1",
  networkId: "net-gelderland",
};

async function register(fields: Record<string, string>) {
  const res = await run(() => registerAction({ request: post("/registreren", fields), params: {}, context: context() }));
  return { res, body: res.status === 400 ? await res.json() : null };
}

describe("registration", () => {
  it("creates the account and logs the user in", async () => {
    const before = userCount();
    const { res } = await register(valid);
    expect(res.status).toBe(302);
    expect(res.headers.get("Set-Cookie")).toMatch(/leercirkel_session=.+; HttpOnly/i);
    expect(res.headers.get("Set-Cookie")).toMatch(/SameSite=Lax/i);
    expect(userCount()).toBe(before + 1);
  });

  it.each([
    ["empty name", { ...valid, email: "a1@voorbeeld.nl", name: "  " }, "name", "Vul dit veld in."],
    ["over-long name", { ...valid, email: "a2@voorbeeld.nl", name: "x".repeat(101) }, "name", "Gebruik maximaal 100 tekens."],
    ["bad e-mail", { ...valid, email: "geen-adres" }, "email", "Vul een geldig e-mailadres in"],
    ["short password", { ...valid, email: "a3@voorbeeld.nl", password: "kort" }, "password", "minimaal 10 tekens"],
    ["common password", { ...valid, email: "a4@voorbeeld.nl", password: "wachtwoord123" }, "password", "veel gebruikt"],
    ["unknown organisation", { ...valid, email: "a5@voorbeeld.nl", organisationId: "org-bestaat-niet" }, "organisationId", "Kies een organisatie"],
    ["duplicate e-mail", { ...valid, email: "FATIMA@voorbeeld.nl" }, "email", "Er is al een account"],
  ])("refuses %s with a Dutch message and saves nothing", async (_label, fields, field, message) => {
    const before = userCount();
    const { res, body } = await register(fields);
    expect(res.status).toBe(400);
    expect(body.errors[field]).toContain(message);
    expect(body.values.password).toBeUndefined();
    expect(userCount()).toBe(before);
  });
});

describe("login", () => {
  it("says the same for an unknown address and a wrong password", async () => {
    const user = await createTestUser();
    const unknown = await run(() =>
      loginAction({ request: post("/inloggen", { email: "niemand@voorbeeld.nl", password: "iets-anders-123" }), params: {}, context: context("10.0.0.1") }),
    );
    const wrong = await run(() =>
      loginAction({ request: post("/inloggen", { email: user.email, password: "iets-anders-123" }), params: {}, context: context("10.0.0.2") }),
    );
    const [a, b] = [await unknown.json(), await wrong.json()];
    expect(a.errors.form).toBe("Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.");
    expect(b.errors.form).toBe(a.errors.form);
  });

  it("locks an account after five failures and says how long to wait", async () => {
    const user = await createTestUser();
    const attempt = (password: string, ip: string) =>
      run(() => loginAction({ request: post("/inloggen", { email: user.email, password }), params: {}, context: context(ip) }));
    for (let i = 0; i < 4; i++) expect((await attempt("fout-wachtwoord-1", `10.1.0.${i}`)).status).toBe(400);
    const fifth = await attempt("fout-wachtwoord-1", "10.1.0.9");
    expect(fifth.status).toBe(429);
    const locked = await attempt(TEST_PASSWORD, "10.1.0.10");
    expect(locked.status).toBe(429);
    expect((await locked.json()).errors.form).toMatch(/Wacht 5 minuten/);
  });

  it("locks an address that tries many accounts", async () => {
    for (let i = 0; i < 5; i++) {
      await run(() => loginAction({ request: post("/inloggen", { email: `x${i}@voorbeeld.nl`, password: "fout-wachtwoord-1" }), params: {}, context: context("10.2.0.1") }));
    }
    const user = await createTestUser();
    const res = await run(() => loginAction({ request: post("/inloggen", { email: user.email, password: TEST_PASSWORD }), params: {}, context: context("10.2.0.1") }));
    expect(res.status).toBe(429);
  });

  it("logs in and returns to a local page only", async () => {
    const user = await createTestUser();
    const res = await run(() =>
      loginAction({ request: post("/inloggen", { email: user.email, password: TEST_PASSWORD, redirectTo: "//kwaadaardig.example" }), params: {}, context: context("10.3.0.1") }),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/");
  });
});

describe("account", () => {
  it("changes the password and ends every other session", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    // A second session of the same user, on another device.
    const { createSessionCookie } = await import("~/auth.server");
    await createSessionCookie(user.id);
    const sessionsOf = (id: string) => db.select().from(sessions).all().filter((s) => s.userId === id).length;
    expect(sessionsOf(user.id)).toBe(2);
    const res = await run(() =>
      accountAction({ request: post("/account", { intent: "password", currentPassword: TEST_PASSWORD, newPassword: "nieuwe-lange-zin-2026" }, user.cookie), params: {}, context: context() }),
    );
    expect(res.status).toBe(302);
    expect(sessionsOf(user.id)).toBe(1);
    expect(sessionsOf(other.id)).toBe(1);
  });

  it("refuses a password change with the wrong current password", async () => {
    const user = await createTestUser();
    const res = await run(() =>
      accountAction({ request: post("/account", { intent: "password", currentPassword: "niet-mijn-wachtwoord", newPassword: "nieuwe-lange-zin-2026" }, user.cookie), params: {}, context: context() }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).errors.currentPassword).toBe("Je huidige wachtwoord klopt niet.");
  });

  it("downloads my data as JSON without password hashes", async () => {
    const user = await createTestUser(["expert"], "Jip Peters");
    const res = await run(() => dataLoader({ request: get("/account/gegevens", user.cookie), params: {}, context: context() }));
    expect(res.headers.get("Content-Disposition")).toContain("attachment");
    const text = await res.text();
    expect(JSON.parse(text).account.name).toBe("Jip Peters");
    expect(JSON.parse(text).roles[0].role).toBe("expert");
    expect(text).not.toMatch(/argon2/);
  });

  it("deletes the account only with the right password, with its sessions", async () => {
    const user = await createTestUser();
    const wrong = await run(() => accountAction({ request: post("/account", { intent: "delete", password: "fout-wachtwoord-9" }, user.cookie), params: {}, context: context() }));
    expect(wrong.status).toBe(400);
    const exists = () => db.select().from(users).all().some((u) => u.id === user.id);
    expect(exists()).toBe(true);
    const ok = await run(() => accountAction({ request: post("/account", { intent: "delete", password: TEST_PASSWORD }, user.cookie), params: {}, context: context() }));
    expect(ok.status).toBe(302);
    expect(exists()).toBe(false);
    expect(db.select().from(sessions).all().some((s) => s.userId === user.id)).toBe(false);
  });
});
