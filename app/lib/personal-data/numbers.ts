// Phone numbers, amounts and BSNs in free text (already normalised, dates blanked out). Pure.
import { type Scan, type Verdict, sameSentence, scan } from "./text";

export function isValidBsn(digits: string): boolean {
  const padded = digits.padStart(9, "0");
  if (!/^\d{9}$/.test(padded) || /^0+$/.test(padded)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (padded.charCodeAt(i) - 48);
  sum -= padded.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

function digitGroups(text: string): string[] {
  return text.split(/\D+/).filter((group) => group.length > 0);
}

// Separators people put inside phone numbers: spaces, dots, dashes, slashes, parentheses.
const SEP = "[ .\\-/()]{0,3}";

// +31 6 12345678, + 31 6 1234 5678, 0031 (0)20 123 45 67, 00 31 6 12345678.
const PHONE_NL = new RegExp(`(?<![\\p{L}\\d])(?:\\+ ?|00 ?)31${SEP}(?:\\(?0\\)?${SEP})?([1-9](?:${SEP}\\d){8})(?!\\d)`, "gu");
// Another country: +32 470 12 34 56, 0049 151 12345678.
const PHONE_ABROAD = new RegExp(`(?<![\\p{L}\\d])(?:\\+ ?|00 ?)[1-9]\\d{0,2}${SEP}(\\d(?:${SEP}\\d){6,11})(?!\\d)`, "gu");
// 0612345678, 06/12345678, (010) 123 45 67, 0 20 123 45 67.
const PHONE_NATIONAL = new RegExp(`(?<![\\p{L}\\d+])\\(?(0(?:${SEP}\\d){9})(?!\\d)`, "gu");

// After the country code the area code may stand alone ("+31 6 12345678"); the rest comes in groups.
function judgeInternational(match: RegExpMatchArray): Verdict {
  return digitGroups(match[1] ?? "").slice(1).every((group) => group.length >= 2) ? "hit" : "skip";
}

// Real numbers are written in groups of two or more digits ("0 1 2 3 4 5 6 7 8 9" is a scale), though a
// lone 0 may go before the area code. 0800/0900 are service numbers and 088 is for companies.
function judgeNational(match: RegExpMatchArray): Verdict {
  const number = match[1] ?? "";
  const digits = number.replace(/\D/g, "");
  if (digits.charAt(1) === "0" || digits.startsWith("088")) return "skip";
  const groups = digitGroups(number);
  const rest = groups[0] === "0" ? groups.slice(2) : groups.slice(1);
  return rest.every((group) => group.length >= 2) ? "hit" : "skip";
}

export function scanPhones(text: string): Scan {
  const nl = scan(text, PHONE_NL, judgeInternational);
  const abroad = scan(nl.text, PHONE_ABROAD, judgeInternational);
  const national = scan(abroad.text, PHONE_NATIONAL, judgeNational);
  return { hit: nl.hit || abroad.hit || national.hit, text: national.text };
}

// A number with a currency or a unit next to it is an amount or a count: "123.456.782 euro", "€ 111.222.333".
const NUMBER = String.raw`\d+(?:[. ]\d{3})*(?:,(?:\d+|-))?`;
const CURRENCY = String.raw`(?:[€$£]|(?<!\p{L})(?:eur|euro|usd|(?:bedrag|budget|begroting|subsidie|kosten|tekort)(?: van| is| was|:)?)(?!\p{L}))`;
const UNIT = String.raw`(?:[€$£%]|(?<!\p{L})(?:eur|euro|euro's|cent|procent|miljoen|mln|miljard|keer|maal|uur|minuten|dagen|weken|maanden|jaar|km|kilometer|meter|kilo|stuks|inwoners|deelnemers|mensen|jongeren|kinderen|gezinnen|huishoudens|cliënten|professionals|bezoekers|views|downloads)(?!\p{L}))`;
// "123.456.782,-" is how Dutch writes a round amount.
const AMOUNT = new RegExp(`${CURRENCY} ?${NUMBER}(?!\\d)|(?<![\\d.,])(?:${NUMBER} ?${UNIT}|\\d+(?:[. ]\\d{3})*,-)`, "giu");

export function maskAmounts(text: string): string {
  return scan(text, AMOUNT, () => "mask").text;
}

// A run of digits joined by single spaces, dots or dashes, not part of a decimal number.
const CLUSTER = /(?<!\d)(?<!\d[.,])\d+(?:(?: ?[.-] ?| )\d+)*(?!\d)(?![.,]\d)/g;
const BSN_WORD = /(?<!\p{L})(?:bsn|burgerservicenummer|burgerservicenr|sofinummer|sofinr|sofi)(?!\p{L})/iu;

// Nine digits in a few groups, at most one of them a single digit ("1234.56.782", "12 34 56 782",
// "123 456 78 2"); a row like "1 2 3 4 5 6 7 8 9" is a scale.
function looksGrouped(groups: string[]): boolean {
  return groups.length <= 5 && groups.filter((group) => group.length < 2).length <= (groups.length <= 4 ? 1 : 0);
}

// The digit strings in a cluster that could be a BSN: nine digits in groups, or eight or nine
// written without separators. A dotted or dashed number is one part; spaces separate parts.
function bsnCandidates(cluster: string): string[] {
  const parts = cluster.replace(/ ?([.-]) ?/g, "$1").split(" ");
  const found: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let digits = "";
    let groups: string[] = [];
    for (let j = i; j < parts.length && digits.length < 9; j++) {
      const part = parts[j] ?? "";
      groups = [...groups, ...digitGroups(part)];
      digits += part.replace(/\D/g, "");
      const plain = i === j && /^\d+$/.test(part);
      if ((digits.length === 9 && looksGrouped(groups)) || (plain && digits.length === 8)) found.push(digits);
    }
  }
  return found;
}

// The 11-check tells a BSN from most other numbers; next to the word "BSN" any such number counts.
function judgeBsn(match: RegExpMatchArray, text: string): Verdict {
  const candidates = bsnCandidates(match[0]);
  if (candidates.length === 0) return "skip";
  const start = match.index ?? 0;
  const { head } = sameSentence(text, start, start + match[0].length, 30, 0);
  return BSN_WORD.test(head) || candidates.some(isValidBsn) ? "hit" : "skip";
}

export function scanBsn(text: string): Scan {
  return scan(text, CLUSTER, judgeBsn);
}
