// CSV for spreadsheets in Dutch offices: semicolons (Excel nl-NL), decimal commas, CRLF,
// UTF-8 with a byte-order mark. Quoting is csv-stringify's; the formula guard is ours.
import { stringify, type Options } from "csv-stringify/sync";

export type Cell = string | number | null | undefined;

// A cell starting like a formula is run by spreadsheets; a leading quote keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

const OPTIONS: Options = {
  delimiter: ";",
  record_delimiter: "\r\n",
  // A line break inside a cell, also a lone CR or LF, is quoted.
  quoted_match: /[\r\n]/,
  cast: {
    string: (text) => (FORMULA_START.test(text) ? `'${text}` : text),
    number: (value) => String(value).replace(".", ","),
  },
};

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return stringify(rows.map((row) => [...row]), { ...OPTIONS, bom: true });
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
