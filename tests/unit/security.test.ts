import { describe, expect, it } from "vitest";
import { passwordProblem } from "../../app/lib/password.server";
import { safeRedirect } from "../../app/lib/safe-redirect";
import { isCrossOriginWrite } from "../../app/lib/same-origin";
import { parseTrustProxy } from "../../app/lib/trust-proxy";

const base = { host: "leercirkel.nl", origin: undefined, referer: undefined, secFetchSite: undefined };

describe("cross-origin writes", () => {
  it("refuses a POST whose Origin is another site", () => {
    expect(isCrossOriginWrite({ ...base, method: "POST", origin: "https://kwaadaardig.example" })).toBe(true);
    expect(isCrossOriginWrite({ ...base, method: "POST", secFetchSite: "cross-site" })).toBe(true);
    expect(isCrossOriginWrite({ ...base, method: "POST", origin: "null" })).toBe(true);
  });
  it("allows same-origin posts and every GET", () => {
    expect(isCrossOriginWrite({ ...base, method: "POST", origin: "https://leercirkel.nl", secFetchSite: "same-origin" })).toBe(false);
    expect(isCrossOriginWrite({ ...base, method: "POST", referer: "https://leercirkel.nl/account" })).toBe(false);
    expect(isCrossOriginWrite({ ...base, method: "GET", origin: "https://kwaadaardig.example" })).toBe(false);
  });
});

describe("redirect targets", () => {
  it.each([
    ["/modules", "/modules"],
    ["/groepen/abc?thema=trauma#stappen", "/groepen/abc?thema=trauma#stappen"],
    ["/stem/LEER26", "/stem/LEER26"],
    ["/a/../account", "/account"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("keeps the path on this site: %s", (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "https://evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/ /evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/\u2028/evil.example",
    "/prijs-€",
    "/\u0000",
    "javascript:alert(1)",
    "modules",
    "",
    "/" + "a".repeat(3000),
  ])("falls back to the home page for %j", (input) => {
    expect(safeRedirect(input)).toBe("/");
  });

  it("falls back for anything that is not one string", () => {
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined)).toBe("/");
    expect(safeRedirect(["/modules", "//evil.example"])).toBe("/");
  });
});

describe("password strength", () => {
  const person = { name: "Fatima Yilmaz", email: "fatima.yilmaz@voorbeeld.nl" };

  it.each(["qwerty123456", "Welkom2026!", "P@ssw0rd123", "wachtwoord123", "Jeugdzorg2026!", "1234567890", "aaaaaaaaaaaa"])(
    "refuses the easily guessed %s",
    (password) => {
      expect(passwordProblem(password, person)).toBe("weak");
    },
  );

  it.each(["fatima.yilmaz@voorbeeld.nl", "Fatima-fietst-graag", "ikbenyilmaz2026", "FATIMAYILMAZ!"])("refuses %s, which contains the name or e-mail", (password) => {
    expect(passwordProblem(password, person)).toBe("personal");
  });

  it.each(["fietsen-langs-de-ijssel", "lantaarn knikker zeef bos", "Zomerregen op het dak"])("accepts the passphrase %s", (password) => {
    expect(passwordProblem(password, person)).toBeNull();
  });

  it("does not refuse ordinary words because a short name or the domain occurs in them", () => {
    expect(passwordProblem("januari-sneeuw-voorbeeld-kaas", { name: "Jan de Vries", email: "jan@voorbeeld.nl" })).toBeNull();
  });
});

describe("TRUST_PROXY", () => {
  it("refuses true with a message that says what to set instead", () => {
    const result = parseTrustProxy("true");
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.message).toMatch(/TRUST_PROXY=1/);
  });
  it.each([
    [undefined, false],
    ["false", false],
    ["0", false],
    ["1", 1],
    ["2", 2],
    ["10.0.0.5", ["10.0.0.5"]],
    ["10.0.0.0/8, loopback", ["10.0.0.0/8", "loopback"]],
    ["fd00::/8,::1", ["fd00::/8", "::1"]],
  ])("reads %j as %j", (raw, expected) => {
    expect(parseTrustProxy(raw)).toEqual({ ok: true, value: expected });
  });
  it.each(["yes", "10.0.0.0/33", "10.0.0", "proxy.example", "1.5", "-1"])("refuses %j", (raw) => {
    expect(parseTrustProxy(raw).ok).toBe(false);
  });
});
