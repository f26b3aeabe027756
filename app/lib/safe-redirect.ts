// Where to send someone after a login (or any other redirect whose target comes from input):
// only a path on this site, so a link cannot send the browser to another website.

// Any origin works as long as it is ours: only whether the target stays on it matters.
const BASE = "http://leercirkel.invalid";
const MAX_LENGTH = 2000;
// Control characters, whitespace (browsers drop tabs and line feeds, so "/\t/evil" becomes
// "//evil"), backslashes (read as "/") and everything outside printable ASCII (U+2028, "€").
const UNSAFE = /[^\x21-\x5b\x5d-\x7e]/;

export function safeRedirect(to: unknown, fallback = "/"): string {
  if (typeof to !== "string" || to.length > MAX_LENGTH) return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || UNSAFE.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
