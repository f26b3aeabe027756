// CSV for spreadsheets in Dutch: semicolons (Excel nl-NL), UTF-8 with a byte-order mark, CRLF.

export type Cell = string | number | null | undefined;

// Cells that start like a formula are prefixed, so a spreadsheet never runs them.
function escapeCell(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  let text = typeof cell === "number" ? String(cell).replace(".", ",") : cell;
  if (typeof cell === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return "\uFEFF" + rows.map((row) => row.map(escapeCell).join(";")).join("\r\n") + "\r\n";
}

export function csvResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "-")}"`,
      "Cache-Control": "no-store",
    },
  });
}
