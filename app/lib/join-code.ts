// Join codes for webinars: short, easy to read aloud and type on a phone.
import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: they look alike on a projector.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += ALPHABET.charAt(randomInt(ALPHABET.length));
  return code;
}

// What people type: lower case, spaces or a dash in the middle. Returns null when it cannot be a code.
export function normalizeJoinCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, "").toUpperCase();
  return /^[A-Z0-9]{4,12}$/.test(code) ? code : null;
}
