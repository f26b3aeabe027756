// Form schemas for the module player, look-backs and experiential input (server-only: keeps zod out of page JS).
import { z } from "zod";
import { nl } from "~/i18n/nl";
import { CONTRIBUTION_KINDS, LOOK_BACK_OUTCOMES, PERSPECTIVES } from "~/lib/learning/constants";
import { COMMITMENT_MAX, CONTRIBUTION_MAX, DISPLAY_NAME_MAX, LOOK_BACK_TEXT_MAX, REFLECTION_MAX, answerField } from "~/lib/module-parts";
import { DATE_RANGES, choice, dayWithin, guardedText, optionalText, requiredText } from "./fields";

// One optional, guarded answer per question of the module.
export function reflectionSchema(questionIds: readonly string[]) {
  return z.object(Object.fromEntries(questionIds.map((id) => [answerField(id), guardedText(optionalText(REFLECTION_MAX))])));
}

// Empty means "no look-back"; otherwise a day from today up to a year ahead.
const lookBackDay = z
  .string()
  .trim()
  .optional()
  .transform((value) => value ?? "")
  .pipe(
    z.union([
      z.literal("").transform(() => null),
      dayWithin(DATE_RANGES.lookBack, nl.learning.commitment.dateRange),
    ]),
  );

export const CommitmentSchema = z.object({
  // Generated when the form is shown; a second submit of the same form saves nothing new.
  submissionId: z.string().uuid().optional(),
  text: guardedText(requiredText(COMMITMENT_MAX)),
  lookBackOn: lookBackDay,
});

export const LookBackSchema = z.object({
  outcome: choice(LOOK_BACK_OUTCOMES),
  helped: guardedText(optionalText(LOOK_BACK_TEXT_MAX)),
  hindered: guardedText(optionalText(LOOK_BACK_TEXT_MAX)),
});

export const ContributionSchema = z.object({
  kind: choice(CONTRIBUTION_KINDS),
  perspective: choice(PERSPECTIVES),
  displayName: guardedText(optionalText(DISPLAY_NAME_MAX)),
  text: guardedText(requiredText(CONTRIBUTION_MAX)),
});

export const ReviewSchema = z.object({
  id: z.string().min(1),
  decision: z.enum(["approve", "reject"]),
});
