import { describe, expect, it } from "vitest";
import { isCommonPassword } from "../../app/lib/password";
import { isCrossOriginWrite } from "../../app/lib/same-origin";
import { safeRedirect } from "../../app/lib/schemas/account";

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

describe("passwords and redirects", () => {
  it("recognises common passwords regardless of case", () => {
    expect(isCommonPassword("Wachtwoord123")).toBe(true);
    expect(isCommonPassword("aaaaaaaaaaaa")).toBe(true);
    expect(isCommonPassword("fietsen-langs-de-ijssel")).toBe(false);
  });
  it("only redirects to local paths", () => {
    expect(safeRedirect("/modules")).toBe("/modules");
    expect(safeRedirect("//evil.example")).toBe("/");
    expect(safeRedirect("https://evil.example")).toBe("/");
    expect(safeRedirect(null)).toBe("/");
  });
});
