import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sessions, users } from "~db/schema";
import { db } from "~/db.server";
import { RULES, loginLimits, registrationLimits, reserveAttempt } from "~/models/accounts/attempt-limits.server";
import { action as accountAction } from "~/routes/account";
import { loader as dataLoader } from "~/routes/account.gegevens";
import { action as loginAction, loader as loginLoader } from "~/routes/inloggen";
import { action as registerAction } from "~/routes/registreren";
import { TEST_PASSWORD, context, createTestUser, get, post, run } from "../support/fixtures";

const userCount = () => db.select({ n: sql<number>`count(*)` }).from(users).get()?.n ?? 0;
const sessionCount = () => db.select({ n: sql<number>`count(*)` }).from(sessions).get()?.n ?? 0;
const valid = {
  name: "Fatima Yilmaz",
  email: "fatima@voorbeeld.nl",
  password: "lange-zin-als-wachtwoord",
  organisationId: "org-gld-toegang-1",
  networkId: "net-gelderland",
};
let ipCounter = 0;
// Each test gets its own client addresses, so the per-address limits of one test never touch another.
const freshIp = () => `10.9.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

async function register(fields: Record<string, string>, ip = freshIp()) {
  const res = await run(() => registerAction({ request: post("/registreren", fields), params: {}, context: context(ip) }));
  return { res, body: res.status >= 400 ? await res.json() : null };
}

function login(email: string, password: string, ip = freshIp(), redirectTo?: string) {
  const fields: Record<string, string> = { email, password, ...(redirectTo === undefined ? {} : { redirectTo }) };
  return run(() => loginAction({ request: post("/inloggen", fields), params: {}, context: context(ip) }));
}

afterEach(() => {
  vi.useRealTimers();
});

describe("registration", () => {
  it("creates the account and sends the person to log in, without a session yet", async () => {
    const before = userCount();
    const { res } = await register(valid);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/inloggen?melding=aangemeld");
    expect(res.headers.get("Set-Cookie")).toBeNull();
    expect(userCount()).toBe(before + 1);
    expect((await login(valid.email, valid.password)).status).toBe(302);
  });

  it("answers a known address exactly as a new one, and the existing account stays as it was", async () => {
    const owner = await createTestUser();
    const fresh = await register({ ...valid, email: `nieuw-${randomUUID()}@voorbeeld.nl` });
    const users = userCount();
    const sessionsBefore = sessionCount();
    const known = await register({ ...valid, email: owner.email.toUpperCase(), password: "een-heel-ander-wachtwoord" });
    expect(known.res.status).toBe(fresh.res.status);
    expect([...known.res.headers.entries()]).toEqual([...fresh.res.headers.entries()]);
    expect(await known.res.text()).toBe(await fresh.res.text());
    expect(userCount()).toBe(users);
    expect(sessionCount()).toBe(sessionsBefore);
    expect((await login(owner.email, "een-heel-ander-wachtwoord")).status).toBe(400);
    expect((await login(owner.email, TEST_PASSWORD)).status).toBe(302);
  });

  it.each([
    ["empty name", { ...valid, email: "a1@voorbeeld.nl", name: "  " }, "name", "Vul dit veld in."],
    ["over-long name", { ...valid, email: "a2@voorbeeld.nl", name: "x".repeat(101) }, "name", "Gebruik maximaal 100 tekens."],
    ["bad e-mail", { ...valid, email: "geen-adres" }, "email", "Vul een geldig e-mailadres in"],
    ["short password", { ...valid, email: "a3@voorbeeld.nl", password: "kort" }, "password", "minimaal 10 tekens"],
    ["qwerty123456", { ...valid, email: "a4@voorbeeld.nl", password: "qwerty123456" }, "password", "makkelijk te raden. Maak het sterker"],
    ["Welkom2026!", { ...valid, email: "a5@voorbeeld.nl", password: "Welkom2026!" }, "password", "makkelijk te raden. Maak het sterker"],
    ["P@ssw0rd123", { ...valid, email: "a6@voorbeeld.nl", password: "P@ssw0rd123" }, "password", "makkelijk te raden. Maak het sterker"],
    ["the own e-mail address", { ...valid, email: "a7.smit@voorbeeld.nl", password: "a7.smit@voorbeeld.nl" }, "password", "bevat je naam of je e-mailadres"],
    ["the own name", { ...valid, email: "a8@voorbeeld.nl", password: "Yilmaz-op-de-fiets" }, "password", "bevat je naam of je e-mailadres"],
    ["unknown organisation", { ...valid, email: "a9@voorbeeld.nl", organisationId: "org-bestaat-niet" }, "organisationId", "Kies een organisatie"],
  ])("refuses %s with a Dutch message and saves nothing", async (_label, fields, field, message) => {
    const before = userCount();
    const { res, body } = await register(fields);
    expect(res.status).toBe(400);
    expect(body.errors[field]).toContain(message);
    expect(body.values.password).toBeUndefined();
    expect(userCount()).toBe(before);
  });

  it("limits registrations per e-mail address, from any address", async () => {
    const email = `herhaald-${randomUUID()}@voorbeeld.nl`;
    for (let i = 0; i < RULES.registrationEmail.max; i++) expect((await register({ ...valid, email })).res.status).toBe(302);
    const refused = await register({ ...valid, email });
    expect(refused.res.status).toBe(429);
    expect(refused.body.errors.form).toMatch(/Wacht 60 minuten/);
  });

  it("limits registrations from one address", async () => {
    const ip = freshIp();
    // All but the last registration are counted the way the form counts them; the last goes through the form.
    for (let i = 1; i < RULES.registrationAddress.max; i++) reserveAttempt(registrationLimits(`r${i}-${randomUUID()}@voorbeeld.nl`, ip));
    expect((await register({ ...valid, email: `laatste-${randomUUID()}@voorbeeld.nl` }, ip)).res.status).toBe(302);
    const before = userCount();
    const refused = await register({ ...valid, email: `te-veel-${randomUUID()}@voorbeeld.nl` }, ip);
    expect(refused.res.status).toBe(429);
    expect(userCount()).toBe(before);
    expect((await register({ ...valid, email: `elders-${randomUUID()}@voorbeeld.nl` })).res.status).toBe(302);
  });
});

describe("login", () => {
  it("says the same for an unknown address and a wrong password", async () => {
    const user = await createTestUser();
    const [a, b] = [await (await login("niemand@voorbeeld.nl", "iets-anders-123")).json(), await (await login(user.email, "iets-anders-123")).json()];
    expect(a.errors.form).toBe("Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.");
    expect(b.errors.form).toBe(a.errors.form);
  });

  it("after five failures makes the next try wait 1 second, then 2, 4 …, the same for every address typed", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const user = await createTestUser();
    const messages: string[] = [];
    for (const email of [user.email, `niemand-${randomUUID()}@voorbeeld.nl`]) {
      for (let i = 0; i < RULES.loginAccount.free; i++) expect((await login(email, "fout-wachtwoord-1")).status).toBe(400);
      const waiting = await login(email, "fout-wachtwoord-1");
      expect(waiting.status).toBe(429);
      messages.push((await waiting.json()).errors.form);
      vi.setSystemTime(Date.now() + 1_000);
      expect((await login(email, "fout-wachtwoord-1")).status).toBe(400);
      const longer = await login(email, "fout-wachtwoord-1");
      expect((await longer.json()).errors.form).toBe("Te veel mislukte pogingen. Wacht 2 seconden en probeer het dan opnieuw.");
    }
    expect(messages).toEqual(Array(2).fill("Te veel mislukte pogingen. Wacht 1 seconde en probeer het dan opnieuw."));
    // Waiting is all it takes; the right password then works and the count starts again.
    vi.setSystemTime(Date.now() + 2_000);
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(302);
    expect((await login(user.email, "fout-wachtwoord-1")).status).toBe(400);
  });

  it("never makes anyone wait longer than a minute between tries", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const user = await createTestUser();
    for (let i = 0; i < 15; i++) {
      await login(user.email, "fout-wachtwoord-1");
      vi.setSystemTime(Date.now() + RULES.loginAccount.maxMs);
    }
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(302);
  });

  it("does not lock out an office whose colleagues share one address", async () => {
    const office = freshIp();
    for (let i = 0; i < 20; i++) expect((await login(`collega-${i}-${randomUUID()}@voorbeeld.nl`, "tikfout-123", office)).status).toBe(400);
    const user = await createTestUser();
    expect((await login(user.email, TEST_PASSWORD, office)).status).toBe(302);
  });

  it("stops one address that tries a hundred accounts", async () => {
    const sprayer = freshIp();
    // All but the last failure are counted the way the login counts them; the last goes through the form.
    for (let i = 1; i < RULES.loginAddress.max; i++) reserveAttempt(loginLimits(`doel-${i}-${randomUUID()}@voorbeeld.nl`, sprayer));
    expect((await login(`doel-${randomUUID()}@voorbeeld.nl`, "Zomer2026!", sprayer)).status).toBe(400);
    const user = await createTestUser();
    const res = await login(user.email, TEST_PASSWORD, sprayer);
    expect(res.status).toBe(429);
    expect((await res.json()).errors.form).toMatch(/Wacht 15 minuten/);
  });

  it("checks at most five of many parallel guesses, so the right one among them does not get in", async () => {
    const user = await createTestUser();
    const guesses = [...Array.from({ length: 19 }, (_, i) => `geraden-wachtwoord-${i}`), TEST_PASSWORD];
    const results = await Promise.all(guesses.map((password) => login(user.email, password)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(RULES.loginAccount.free);
    expect(statuses.filter((s) => s === 429)).toHaveLength(guesses.length - RULES.loginAccount.free);
    expect(statuses.at(-1)).toBe(429);
    expect(db.select().from(sessions).all().filter((s) => s.userId === user.id)).toHaveLength(1);
  });

  it.each(["//kwaadaardig.example", "https://kwaadaardig.example", "/\t/kwaadaardig.example", "/\\kwaadaardig.example", "/\n/x", "/€", "/\u2028/x"])(
    "logs in and returns to the home page instead of %j",
    async (redirectTo) => {
      const user = await createTestUser();
      const res = await login(user.email, TEST_PASSWORD, freshIp(), redirectTo);
      expect(res.status).toBe(302);
      expect(res.headers.get("Location")).toBe("/");
    },
  );

  it("sends someone already logged in home instead of to another site", async () => {
    const user = await createTestUser();
    const res = await run(() => loginLoader({ request: get("/inloggen?redirectTo=/%09/kwaadaardig.example", user.cookie), params: {}, context: context() }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/");
  });

  it("returns to the page that asked for the login", async () => {
    const user = await createTestUser();
    const res = await login(user.email, TEST_PASSWORD, freshIp(), "/groepen?thema=trauma");
    expect(res.headers.get("Location")).toBe("/groepen?thema=trauma");
  });

  it("gives a session cookie that ends with the browser and lasts 12 hours on the server", async () => {
    const user = await createTestUser();
    const res = await login(user.email, TEST_PASSWORD);
    const cookie = res.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^leercirkel_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Max-Age|Expires/i);
    const id = cookie.split(";")[0]?.split("=")[1] ?? "";
    const session = db.select().from(sessions).all().find((s) => s.id === id);
    const hours = ((session?.expiresAt ?? 0) * 1000 - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
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

  it.each([
    ["Welkom2026!", "makkelijk te raden"],
    ["ikheetpetersenfiets", "bevat je naam of je e-mailadres"],
  ])("refuses the new password %s and keeps the old one", async (newPassword, message) => {
    const user = await createTestUser([], "Jip Peters");
    const res = await run(() => accountAction({ request: post("/account", { intent: "password", currentPassword: TEST_PASSWORD, newPassword }, user.cookie), params: {}, context: context() }));
    expect(res.status).toBe(400);
    expect((await res.json()).errors.newPassword).toContain(message);
    expect((await login(user.email, TEST_PASSWORD)).status).toBe(302);
  });

  it("limits guesses at the password prompts like the login, for changing and deleting alike", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const user = await createTestUser();
    const change = (currentPassword: string) =>
      run(() => accountAction({ request: post("/account", { intent: "password", currentPassword, newPassword: "nieuwe-lange-zin-2026" }, user.cookie), params: {}, context: context() }));
    const remove = (password: string) => run(() => accountAction({ request: post("/account", { intent: "delete", password }, user.cookie), params: {}, context: context() }));
    for (let i = 0; i < 3; i++) expect((await change(`gok-${i}-wachtwoord`)).status).toBe(400);
    for (let i = 0; i < 2; i++) expect((await remove(`gok-${i}-wachtwoord`)).status).toBe(400);
    const waiting = await remove(TEST_PASSWORD);
    expect(waiting.status).toBe(429);
    expect((await waiting.json()).errors.password).toBe("Te veel mislukte pogingen. Wacht 1 seconde en probeer het dan opnieuw.");
    expect(db.select().from(users).all().some((u) => u.id === user.id)).toBe(true);
    vi.setSystemTime(Date.now() + 1_000);
    expect((await change(TEST_PASSWORD)).status).toBe(302);
  });

  it("checks at most five of many parallel guesses at the delete prompt", async () => {
    const user = await createTestUser();
    const guesses = [...Array.from({ length: 11 }, (_, i) => `gok-${i}-wachtwoord`), TEST_PASSWORD];
    const results = await Promise.all(
      guesses.map((password) => run(() => accountAction({ request: post("/account", { intent: "delete", password }, user.cookie), params: {}, context: context() }))),
    );
    expect(results.filter((r) => r.status === 400)).toHaveLength(RULES.passwordPrompt.free);
    expect(results.at(-1)?.status).toBe(429);
    expect(db.select().from(users).all().some((u) => u.id === user.id)).toBe(true);
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
