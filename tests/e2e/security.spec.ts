import { expect, test } from "@playwright/test";

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

test("the session cookie is HttpOnly, SameSite=Lax and Secure", async ({ request }) => {
  const response = await request.post("/inloggen", {
    form: { email: "deelnemer@demo.leercirkel.nl", password: "leercirkel-demo" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const cookie = response.headers()["set-cookie"] ?? "";
  expect(cookie).toMatch(/leercirkel_session=/);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  expect(cookie).toMatch(/Secure/i);
});
