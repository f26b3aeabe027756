// E-mail addresses, also when written to dodge a filter: "jan at example.nl", "jan [at] example.nl",
// "jan(at)example(dot)nl", "jan @ example.nl". The text is already normalised ("＠" is "@"). Pure.
import { type Scan, scan } from "./text";

const AT = String.raw`(?: ?@ ?| ?[\[({<] ?(?:at|a|@|apenstaartje) ?[\])}>] ?| (?:at|apenstaartje) )`;
const DOT = String.raw`(?:\.| ?[\[({<] ?(?:dot|punt) ?[\])}>] ?| (?:dot|punt) )`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
// The lookbehind starts a match only at the start of a run, keeping long runs without "@" linear.
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}\p{L}{2,}(?![\p{L}\p{N}])`,
  "giu",
);

export function scanEmails(text: string): Scan {
  return scan(text, EMAIL, () => "hit");
}
