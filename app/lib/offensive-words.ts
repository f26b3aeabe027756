// A short list of Dutch swear words and insults, refused in open poll answers that a room sees.
// Deliberately small: words with an innocent meaning ("kanker" the illness, "hoera") stay allowed.

const WORDS = new Set([
  "kut", "lul", "eikel", "hoer", "hoeren", "slet", "sletten", "teef", "trut", "debiel", "debielen",
  "mongool", "mongolen", "klote", "klootzak", "klootzakken", "flikker", "flikkers", "godverdomme", "gvd",
  "tering", "tyfus", "pleuris",
]);

// Compounds that are insults whatever follows ("kutwijf", "teringlijer", "kankerlijer").
// Not "flikker" or "mongool": "flikkeren" and "Mongools" are ordinary words.
const PREFIXES = ["kut", "klootzak", "tering", "tyfus", "pleuris", "godverdom", "kankerlijer", "kankerhoer", "kankerzooi", "klote"];

function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[0@4]/g, (c) => (c === "0" ? "o" : "a"))
    .replace(/[1!]/g, "i")
    .replace(/3/g, "e")
    .replace(/\$/g, "s");
}

function words(text: string): string[] {
  return text.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
}

// Repeated letters are squeezed, so "kuuuut" is caught as well as "kut".
function squeeze(word: string): string {
  return word.replace(/(\p{L})\1+/gu, "$1");
}

function isOffensive(word: string): boolean {
  return WORDS.has(word) || PREFIXES.some((prefix) => word.startsWith(prefix));
}

export function containsOffensiveWord(text: string): boolean {
  return words(normalize(text)).some((word) => isOffensive(word) || isOffensive(squeeze(word)));
}
