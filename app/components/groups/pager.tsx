import { Link } from "@remix-run/react";

// Previous/next links that keep the other query parameters; plain links, so no JavaScript needed.
export function Pager({ page, pages, params, label, previous, next, status }: { page: number; pages: number; params: Record<string, string>; label: string; previous: string; next: string; status: string }) {
  if (pages <= 1) return null;
  const href = (p: number) => `?${new URLSearchParams({ ...params, pagina: String(p) })}`;
  return (
    <nav aria-label={label} className="pager">
      {page > 1 ? <Link to={href(page - 1)}>{previous}</Link> : null}
      <span>{status}</span>
      {page < pages ? <Link to={href(page + 1)}>{next}</Link> : null}
    </nav>
  );
}

export function pageFrom(params: URLSearchParams): number {
  const n = Number(params.get("pagina") ?? "1");
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 100_000) : 1;
}
