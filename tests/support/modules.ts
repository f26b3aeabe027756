// Helpers for the module tests: call the player's loader and action as a browser would.
import { action as partAction, loader as partLoader } from "~/routes/modules.$slug.$part";
import { context, get, post, run } from "./fixtures";

export const SLUG = "verklarende-analyse";
export const QUESTIONS = ["eigen-hypothese", "krachten-en-steun", "druk-om-te-handelen", "eigenaar-van-de-analyse", "analyse-bijstellen"];

export function partGet(cookie: string, part: string, slug = SLUG) {
  return run(() => partLoader({ request: get(`/modules/${slug}/${part}`, cookie), params: { slug, part }, context: context() }));
}

export function partPost(cookie: string, part: string, fields: Record<string, string>, slug = SLUG) {
  return run(() => partAction({ request: post(`/modules/${slug}/${part}`, fields, cookie), params: { slug, part }, context: context() }));
}

export function answers(text: (id: string) => string): Record<string, string> {
  return Object.fromEntries(QUESTIONS.map((id) => [`antwoord-${id}`, text(id)]));
}

// Works through all five parts: next, next, next, reflections, commitment.
export async function completeModule(cookie: string, reflection: (id: string) => string, commitment = "Ik vraag het gezin eerst wat zij zelf denken.") {
  for (const part of ["kennis", "toepassen", "ervaringsdeskundigen"]) await partPost(cookie, part, { intent: "next" });
  await partPost(cookie, "reflectie", { intent: "reflections-next", ...answers(reflection) });
  return partPost(cookie, "afsluiting", { intent: "commitment", text: commitment, lookBackOn: "" });
}
