const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginHeaders {
  method: string;
  host: string | undefined;
  origin: string | undefined;
  referer: string | undefined;
  secFetchSite: string | undefined;
}

// Browsers send Origin (or Sec-Fetch-Site) on every cross-site POST; a request without
// any of them comes from a non-browser client, which cookies cannot be forged by.
export function isCrossOriginWrite(h: OriginHeaders): boolean {
  if (SAFE_METHODS.has(h.method.toUpperCase())) return false;
  if (h.secFetchSite === "cross-site" || h.secFetchSite === "same-site") return true;
  const source = h.origin && h.origin !== "null" ? h.origin : h.referer;
  if (h.origin === "null") return true;
  if (!source) return false;
  try {
    return new URL(source).host !== h.host;
  } catch {
    return true;
  }
}
