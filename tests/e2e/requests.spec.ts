// Oversized bodies and odd characters in URLs and headers get a Dutch 4xx page from the real
// server, never a 500, a stack trace or an injected header.
import net from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { createSession, demoEmail, expectAccessible } from "./support";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const TEN_MB = Buffer.alloc(10 * 1024 * 1024, "a");
const STACK = /at .+\.(js|ts):\d+/;

// Sends bytes exactly as given (no client library to tidy them up) and reads the whole answer.
function rawRequest(head: string, body = ""): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(PORT, "127.0.0.1", () => socket.write(Buffer.concat([Buffer.from(head, "utf8"), Buffer.from(body)])));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const end = text.indexOf("\r\n\r\n");
      resolve({ status: Number(text.slice(9, 12)), head: text.slice(0, end), body: text.slice(end + 4) });
    });
  });
}

test.describe("request bodies have a size limit", () => {
  for (const path of ["/inloggen", "/registreren", "/account", "/groepen/nieuw", "/agenda/thema-nieuw", "/webinars/demo-webinar-gelderland", "/uitloggen"]) {
    test(`10 MB to ${path} gets 413 with a Dutch page`, async ({ request }) => {
      const response = await request.post(path, { data: TEN_MB, headers: { "Content-Type": "application/x-www-form-urlencoded" }, maxRedirects: 0 });
      expect(response.status()).toBe(413);
      const text = await response.text();
      expect(text).toContain("Te veel gegevens");
      expect(text).toContain("Maak je tekst korter");
      expect(text).not.toMatch(STACK);
    });
  }

  test("a vote keeps its small limit, whatever the content type", async ({ request }) => {
    const plain = await request.post("/stem/LEER26", { data: TEN_MB, headers: { "Content-Type": "text/plain" } });
    expect(plain.status()).toBe(413);
    expect(await plain.text()).toContain("Te veel gegevens");
    const form = await request.post("/stem/LEER26", { data: Buffer.alloc(100 * 1024, "a"), headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    expect(form.status()).toBe(413);
  });

  test("a body under the limit still reaches the page", async ({ request }) => {
    const response = await request.post("/uitloggen", { data: Buffer.alloc(900 * 1024, "a"), headers: { "Content-Type": "application/x-www-form-urlencoded" }, maxRedirects: 0 });
    expect(response.status()).toBe(302);
  });

  test("a body without a declared length is refused, with 413 when it is too large", async () => {
    const head = "POST /inloggen HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n";
    const small = await rawRequest(head, "5\r\nemail\r\n0\r\n\r\n");
    expect(small.status).toBe(411);
    expect(small.body).toContain("Ververs de pagina en probeer het opnieuw");
    const chunk = Buffer.alloc(2 * 1024 * 1024, "a");
    const large = await rawRequest(head, `${chunk.length.toString(16)}\r\n${chunk}\r\n0\r\n\r\n`);
    expect(large.status).toBe(413);
  });

  // More than a megabyte in the login form, as a paste would send. A hidden field: typing (or even
  // setting) a megabyte in a visible field takes the browser longer than the whole test may.
  const pasteTooMuch = (page: Page) =>
    page.locator("form[method=post]").filter({ has: page.getByLabel("Wachtwoord") }).evaluate((form: HTMLFormElement) => {
      const field = document.createElement("input");
      field.type = "hidden";
      field.name = "password";
      field.value = "x".repeat(1_100_000);
      form.append(field);
    });

  test("pasting far too much text shows a Dutch message in the page", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill("deelnemer@demo.leercirkel.nl");
    await pasteTooMuch(page);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("heading", { name: "Te veel gegevens" })).toBeVisible();
    await expect(page.getByText("Maak je tekst korter en probeer het opnieuw.")).toBeVisible();
    await expectAccessible(page);
  });

  test("the server's own page for a refused body is Dutch and accessible", async ({ page }) => {
    await page.goto("/inloggen");
    await pasteTooMuch(page);
    // A plain browser submit, past Remix, as without JavaScript.
    await page.locator("form[method=post]").filter({ has: page.getByLabel("Wachtwoord") }).evaluate((form: HTMLFormElement) => form.submit());
    await expect(page.getByRole("heading", { name: "Te veel gegevens" })).toBeVisible();
    await expectAccessible(page);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("pasting far too much text shows the Dutch page", async ({ page }) => {
      await page.goto("/inloggen");
      await pasteTooMuch(page);
      await page.getByRole("button", { name: "Inloggen" }).click();
      await expect(page.getByRole("heading", { name: "Te veel gegevens" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Naar de startpagina" })).toBeVisible();
      // axe needs JavaScript in the page; the same page is scanned in the test above.
    });
  });
});

test.describe("odd characters in URLs and headers", () => {
  const hostile = ["%0D%0ASet-Cookie:%20evil=1", "x%0d%0aX-Injected:%201", "%E2%82%AC", "%E2%80%A8", "%22%3B%20filename%3Devil.exe", "%00"];

  for (const id of hostile) {
    test(`ids used in downloads and redirects: ${id}`, async ({ request }) => {
      const coordinator = `leercirkel_session=${createSession(demoEmail("coordinator"))}`;
      const facilitator = `leercirkel_session=${createSession(demoEmail("begeleider"))}`;
      const group = "demo-groep-verklarende-analyse";
      const calls = [
        request.get(`/webinars/${id}/agenda.ics`, { headers: { Cookie: coordinator }, maxRedirects: 0 }),
        request.get(`/webinars/demo-webinar-gelderland/peilingen/${id}/resultaten.csv`, { headers: { Cookie: coordinator }, maxRedirects: 0 }),
        request.get(`/agenda.csv?netwerk=${id}`, { headers: { Cookie: coordinator }, maxRedirects: 0 }),
        request.get(`/stem/${id}`, { maxRedirects: 0 }),
        request.post(`/groepen/${group}/bijeenkomsten/${id}`, { form: { learned: "Iets geleerd", adapt: "" }, headers: { Cookie: facilitator }, maxRedirects: 0 }),
        request.post(`/groepen/${group}/stappen/${id}`, { form: { status: "done", reason: "" }, headers: { Cookie: facilitator }, maxRedirects: 0 }),
        request.post(`/agenda/kiezen/${id}`, { form: { rationale: "Omdat het speelt" }, headers: { Cookie: coordinator }, maxRedirects: 0 }),
      ];
      for (const response of await Promise.all(calls)) {
        expect(response.status(), response.url()).toBeLessThan(500);
        // An injected header would arrive as a header of its own.
        const injected = response.headersArray().filter((h) => /^x-injected$/i.test(h.name) || (/^set-cookie$/i.test(h.name) && h.value.startsWith("evil")) || /[\r\n]/.test(h.value));
        expect(injected, response.url()).toEqual([]);
        const disposition = response.headers()["content-disposition"];
        if (disposition) expect(disposition).toMatch(/^attachment; filename="[\w.-]+"/);
      }
    });
  }

  test("a Host header or request target that makes no address gets a Dutch 400", async () => {
    for (const head of [
      "GET /webinars HTTP/1.1\r\nHost: bad host\r\nConnection: close\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: [::zz]\r\nConnection: close\r\n\r\n",
      "POST /inloggen HTTP/1.1\r\nHost: a:99999999999\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
      `GET http://elders.example/ HTTP/1.1\r\nHost: localhost:${PORT}\r\nConnection: close\r\n\r\n`,
    ]) {
      const response = await rawRequest(head);
      expect(response.status, head).toBe(400);
      expect(response.body).toContain("Leercirkel begreep dit verzoek niet");
      expect(response.body).not.toMatch(STACK);
    }
  });

  test("raw control characters or € in the request line get a Dutch 400", async () => {
    for (const target of ["/stem/€", "/stem/a\u2028b", "/stem/a\rb", "/stem/a\u0000b"]) {
      const response = await rawRequest(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
      expect(response.status, JSON.stringify(target)).toBe(400);
      expect(response.body).toContain("Leercirkel begreep dit verzoek niet");
    }
  });
});
