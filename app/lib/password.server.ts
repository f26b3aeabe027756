// How strong a new password is: zxcvbn's estimate with Dutch and English dictionaries, plus a
// refusal of passwords that contain the person's own name or e-mail address. Server-only: the
// dictionaries are megabytes that the browser never needs.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as nlBe from "@zxcvbn-ts/language-nl-be";

// zxcvbn's scale 0–4; 3 means "about 10^8 guesses or more".
const MIN_SCORE = 3;
// Shorter parts of a name ("de", "Jan") occur in too many ordinary words to refuse.
const MIN_PERSONAL_PART = 4;

// Words people in Dutch youth care reach for first, ranked above the general dictionaries.
const CONTEXT_WORDS = [
  "welkom", "wachtwoord", "leercirkel", "jeugdhulp", "jeugdzorg", "jeugd", "zorg", "hulp", "wijkteam",
  "gemeente", "organisatie", "netwerk", "gezin", "ouders", "kinderen", "school", "werk", "kantoor",
  "lente", "voorjaar", "zomer", "najaar", "herfst", "winter", "januari", "februari", "maart", "april",
  "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", "maandag",
  "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "nederland", "holland",
  "amsterdam", "rotterdam", "utrecht", "gelderland", "arnhem", "nijmegen", "ajax", "feyenoord", "psv",
  "oranje", "geheim", "inloggen", "test", "admin", "beheerder",
];

let factory: ZxcvbnFactory | undefined;
// Built on first use: loading the dictionaries takes a moment that only a password form needs.
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { leercirkel: CONTEXT_WORDS, ...common.dictionary, ...en.dictionary, ...nlBe.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

// The parts of a name and of an e-mail address long enough to recognise inside a password
// ("fatima.yilmaz@…" gives the address, "fatima.yilmaz", "fatima" and "yilmaz"; not the domain).
export function personalParts(person: { name: string; email: string }): string[] {
  const name = person.name.trim().toLowerCase();
  const email = person.email.trim().toLowerCase();
  const local = email.split("@")[0] ?? "";
  const candidates = [name, name.replace(/\s+/g, ""), ...name.split(/[\s.'-]+/), email, local, ...local.split(/[._+-]+/)];
  return [...new Set(candidates.filter((part) => part.length >= MIN_PERSONAL_PART))];
}

export type PasswordProblem = "personal" | "weak";

// Null when the password may be used; otherwise what is wrong with it.
export function passwordProblem(password: string, person: { name: string; email: string }): PasswordProblem | null {
  const parts = personalParts(person);
  const lowered = password.toLowerCase();
  if (parts.some((part) => lowered.includes(part))) return "personal";
  return estimator().check(password, parts).score < MIN_SCORE ? "weak" : null;
}
