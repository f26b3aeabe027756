import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { DEMO_PASSWORD, demoEmail, expectAccessible, loginAs, visit } from "./support";

const PORT = process.env.E2E_PORT ?? "3210";
const BASE = `http://localhost:${PORT}`;

function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(`tests/.tmp/e2e-${PORT}.db`);
  try {
    db.pragma("busy_timeout = 5000");
    return fn(db);
  } finally {
    db.close();
  }
}

// Plain HTTP, so no cookie jar gets in the way: each request carries exactly what it is given.
function http(path: string, init: RequestInit = {}) {
  return fetch(`${BASE}${path}`, { redirect: "manual", ...init });
}

async function logIn(email: string): Promise<Response> {
  return http("/inloggen", { method: "POST", body: new URLSearchParams({ email, password: DEMO_PASSWORD }) });
}

test("pages carry a strict Content-Security-Policy and security headers", async ({ request }) => {
  const response = await request.get("/inloggen");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("script-src 'self' 'nonce-");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("a form post from another website is refused", async ({ request }) => {
  const response = await request.post("/inloggen", {
    headers: { Origin: "https://kwaadaardig.example" },
    form: { email: "deelnemer@demo.leercirkel.nl", password: "leercirkel-demo" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("van een andere website");
});

test("the session cookie is HttpOnly, SameSite=Lax, Secure and ends when the browser closes", async () => {
  const response = await logIn(demoEmail("deelnemer"));
  expect(response.status).toBe(302);
  const cookie = response.headers.get("set-cookie") ?? "";
  expect(cookie).toMatch(/leercirkel_session=/);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  expect(cookie).toMatch(/Secure/i);
  expect(cookie).not.toMatch(/Max-Age|Expires/i);
});

test("nothing a logged-in person receives may be stored: pages, data, redirects and downloads", async () => {
  const login = await logIn(demoEmail("coordinator"));
  expect(login.headers.get("cache-control")).toBe("private, no-store");
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const webinarId = withDb((db) => db.prepare<[], { id: string }>("select id from webinars where join_code = 'LEER26'").get()?.id ?? "");
  const paths = [
    "/",
    "/account",
    "/account?_data=routes%2Faccount",
    "/account/gegevens",
    "/agenda.csv",
    "/groepen/overzicht.csv",
    `/webinars/${webinarId}/agenda.ics`,
    `/webinars/${webinarId}/presentatie`,
    "/inloggen?redirectTo=%2Fagenda",
  ];
  for (const path of paths) {
    const res = await http(path, { headers: { Cookie: cookie } });
    expect(res.status, path).toBeLessThan(400);
    expect(res.headers.get("cache-control"), path).toBe("private, no-store");
  }
  // The live results stream keeps its own directive next to ours.
  const abort = new AbortController();
  const live = await http(`/webinars/${webinarId}/live`, { headers: { Cookie: cookie }, signal: abort.signal });
  expect(live.headers.get("cache-control")).toBe("private, no-store, no-transform");
  abort.abort();
  const logout = await http("/uitloggen", { method: "POST", headers: { Cookie: cookie } });
  expect(logout.headers.get("cache-control")).toBe("private, no-store");
  // Without a session the public pages are not marked private.
  expect((await http("/inloggen")).headers.get("cache-control") ?? "").not.toContain("private");
});

test("a login link cannot send the browser to another website", async ({ page }) => {
  await page.goto("/inloggen?redirectTo=/%09/kwaadaardig.example");
  await expectAccessible(page);
  await page.getByLabel("E-mailadres").fill(demoEmail("deelnemer"));
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { name: /^Welkom, / })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(BASE);
  expect(new URL(page.url()).pathname).toBe("/");
});

test("an address that brings too many new voters to one poll is refused, and the presenter sees how many", async ({ browser }) => {
  const webinarId = randomUUID();
  const pollId = randomUUID();
  const optionId = randomUUID();
  const code = `Q${randomUUID().replace(/[^2-9]/g, "").slice(0, 3).padEnd(3, "7")}CP`;
  withDb((db) => {
    db.prepare("insert into webinars (id, title, starts_at, join_code, network_id) values (?, ?, ?, ?, 'net-gelderland')").run(webinarId, "Congres op één wifi", Date.now(), code);
    db.prepare("insert into polls (id, webinar_id, question, type, status, show_results, opened_at) values (?, ?, 'Welk thema kiezen we?', 'single', 'open', 1, ?)").run(pollId, webinarId, Date.now());
    db.prepare("insert into poll_options (id, poll_id, label, position) values (?, ?, 'Trauma', 0), (?, ?, 'Autisme', 1)").run(optionId, pollId, randomUUID(), pollId);
  });
  // 300 phones without a cookie on one network; writing another address in a header changes nothing.
  const cast = (i: number) =>
    http(`/stem/${code}`, { method: "POST", body: new URLSearchParams({ pollId, option: optionId }), headers: { "X-Forwarded-For": `198.51.100.${i % 250}` } });
  for (let i = 0; i < 300; i++) expect((await cast(i)).headers.get("location"), `vote ${i}`).toBe(`/stem/${code}?gestemd=${pollId}`);
  const refused = await cast(300);
  expect(refused.headers.get("location")).toBe(`/stem/${code}?geweigerd=${pollId}`);

  const phoneContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const phone = await phoneContext.newPage();
  await visit(phone, `/stem/${code}?geweigerd=${pollId}`);
  await expect(phone.getByText("Je stem is niet geteld.")).toBeVisible();
  await phoneContext.close();

  const desk = await browser.newContext();
  await loginAs(desk, demoEmail("coordinator"));
  const presenter = await desk.newPage();
  await visit(presenter, `/webinars/${webinarId}/presentatie`);
  await expect(presenter.getByText("300 stemmen").first()).toBeVisible();
  await expect(presenter.getByText("1 stem geweigerd")).toBeVisible();
  await desk.close();
});
