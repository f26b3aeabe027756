// A short list of passwords people pick most often (Dutch and international), lowercased.
const COMMON_PASSWORDS = new Set([
  "1234567890", "12345678910", "0123456789", "1111111111", "0000000000", "1234512345",
  "qwertyuiop", "qwerty1234", "qwerty12345", "azertyuiop", "asdfghjkl1", "password12",
  "password123", "password1234", "passw0rd123", "wachtwoord", "wachtwoord1", "wachtwoord12",
  "wachtwoord123", "welkom1234", "welkom12345", "welkomwelkom", "iloveyou12", "letmein123",
  "abcdefghij", "abcdef1234", "abc1234567", "1q2w3e4r5t", "zaq12wsx12", "football12",
  "baseball12", "superman12", "princess12", "sunshine12", "jeugdzorg1", "jeugdhulp1",
  "jeugdhulp123", "leercirkel", "leercirkel1", "leercirkel123", "voorjaar2026", "zomer2026!",
  "najaar2026", "winter2026", "amsterdam1", "rotterdam1", "utrecht123", "nederland1",
  "feyenoord1", "ajaxajax12",
]);

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export function isCommonPassword(password: string): boolean {
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return true;
  // One character repeated, like "aaaaaaaaaa", is as weak as the list.
  return new Set(lowered).size <= 2;
}
