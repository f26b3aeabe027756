// A single-event iCalendar file (RFC 5545) for a webinar, written by the `ics` library.
import { createEvent, type EventAttributes } from "ics";

export interface IcsEvent {
  uid: string;
  title: string;
  description: string;
  start: Date;
  durationMinutes: number;
  url?: string | null;
  now?: Date;
}

// The library escapes "\n", but a lone CR (or U+2028, NEL) would end a content line early and
// let a title inject properties; they become "\n" first, other control characters go.
export function icsText(text: string): string {
  return text.replace(/\r\n?|[\u0085\u2028\u2029]/g, "\n").replace(/[^\P{Cc}\t\n]/gu, "");
}

const encoder = new TextEncoder();

// The library folds after 75 characters; RFC 5545 asks for 75 octets, so accented text is
// unfolded and folded again, never inside a UTF-8 character.
function foldOctets(line: string): string {
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (bytes + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

export function buildIcs(event: IcsEvent): string {
  const url = event.url ? icsText(event.url).replace(/\s/g, "") : undefined;
  // DTSTAMP comes from `timestamp`, which the library reads but does not declare.
  const attributes: EventAttributes & { timestamp: number } = {
    productId: "-//Leercirkel//Webinars//NL",
    method: "PUBLISH",
    uid: icsText(event.uid),
    timestamp: (event.now ?? new Date()).getTime(),
    start: event.start.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.start.getTime() + event.durationMinutes * 60_000,
    endInputType: "utc",
    endOutputType: "utc",
    title: icsText(event.title),
    description: icsText(event.description),
    ...(url ? { url, location: url } : {}),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error("The calendar file could not be written.");
  const lines = value.replace(/\r\n[ \t]/g, "").split("\r\n");
  return lines.map((line) => (line === "" ? line : foldOctets(line))).join("\r\n");
}
