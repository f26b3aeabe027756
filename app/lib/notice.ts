// A confirmation after a redirect travels as one query parameter, ?melding=<key>; the page
// that shows it maps the key to its text (components/notice.tsx). Only keys go in the URL,
// plus the few arguments a text fills in (such as ?wie=<name>).
export const NOTICE_PARAM = "melding";

export function noticeUrl(path: string, key: string, args: Record<string, string> = {}): string {
  const hashAt = path.indexOf("#");
  const base = hashAt === -1 ? path : path.slice(0, hashAt);
  const hash = hashAt === -1 ? "" : path.slice(hashAt);
  const params = new URLSearchParams({ [NOTICE_PARAM]: key, ...args });
  return `${base}${base.includes("?") ? "&" : "?"}${params}${hash}`;
}
