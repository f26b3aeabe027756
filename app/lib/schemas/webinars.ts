// One zod schema per form of the webinar, poll, agenda and decision pages.
import { z } from "zod";
import { nl } from "~/i18n/nl";
import { parseDay, parseMoment } from "~/lib/dates";
import { POLL_TYPES, RESULTS_VISIBILITY } from "~/lib/webinars/constants";
import { DATE_RANGES, checkbox, choice, dayWithin, guardedText, list, optionalText, rangeProblem, requiredText } from "./fields";

export const MAX_POLL_OPTIONS = 8;

const ids = list(z.string());

const time = z
  .string({ required_error: nl.form.required })
  .trim()
  .regex(/^\d{1,2}:\d{2}$/, nl.webinars.invalidTime);

const httpsUrl = z
  .string()
  .trim()
  .max(500, nl.form.tooLong(500))
  .refine((value) => {
    if (value === "") return true;
    try {
      return new URL(value).protocol === "https:";
    } catch {
      return false;
    }
  }, nl.webinars.invalidUrl)
  .optional()
  .transform((value) => value || null);

export const WebinarSchema = z
  .object({
    title: guardedText(requiredText(120)),
    themeIds: ids,
    date: dayWithin(DATE_RANGES.webinar),
    time,
    description: guardedText(optionalText(2000)),
    meetingUrl: httpsUrl,
    presenter: guardedText(optionalText(120)),
    networkId: z.string({ required_error: nl.form.choose }).min(1, nl.form.choose),
  })
  .transform((value, ctx) => {
    const startsAt = parseMoment(value.date, value.time);
    if (!startsAt) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["time"], message: nl.webinars.invalidTime });
      return z.NEVER;
    }
    return { ...value, startsAt };
  });
export type WebinarInput = z.output<typeof WebinarSchema>;

// When a poll closes by itself: both fields, a day that exists, later than now and within a year.
function closingMoment(day: string, time: string): { at: Date } | { problem: string } {
  if (!day || !time) return { problem: nl.polls.closesIncomplete };
  const closesOn = parseDay(day);
  if (closesOn === null) return { problem: nl.form.invalidDate };
  const at = parseMoment(closesOn, time);
  if (at === null) return { problem: nl.polls.closesIncomplete };
  if (at.getTime() <= Date.now()) return { problem: nl.polls.closesInPast };
  const problem = rangeProblem(closesOn, DATE_RANGES.pollClose);
  return problem === null ? { at } : { problem };
}

export const PollSchema = z
  .object({
    question: guardedText(requiredText(200)),
    type: choice(POLL_TYPES),
    maxChoices: z.coerce.number().int().min(2).max(MAX_POLL_OPTIONS).optional().catch(undefined),
    optionLabel: ids.pipe(z.array(guardedText(optionalText(120)))),
    optionTheme: ids,
    anonymous: checkbox,
    resultsVisibility: choice(RESULTS_VISIBILITY),
    closesDate: z.string().trim().optional(),
    closesTime: z.string().trim().optional(),
  })
  .transform((value, ctx) => {
    const options = value.optionLabel
      .map((label, i) => ({ label, themeId: value.optionTheme[i]?.trim() || null }))
      .filter((o) => o.label !== "" || o.themeId !== null)
      .slice(0, MAX_POLL_OPTIONS);
    const needed = value.type === "open" ? 0 : value.type === "scale" ? 1 : 2;
    if (options.length < needed) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["optionLabel"], message: needed === 1 ? nl.polls.needOneOption : nl.polls.needOptions });
    }
    const maxChoices = value.type === "multiple" ? (value.maxChoices ?? 2) : 1;
    if (value.type === "multiple" && maxChoices >= options.length && options.length >= 2) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["maxChoices"], message: nl.polls.tooManyChoices });
    }
    const closing = value.closesDate || value.closesTime ? closingMoment(value.closesDate ?? "", value.closesTime ?? "") : null;
    if (closing && "problem" in closing) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["closesDate"], message: closing.problem });
    return {
      question: value.question,
      type: value.type,
      maxChoices,
      options: value.type === "open" ? [] : value.type === "scale" ? options.slice(0, 1) : options,
      anonymous: value.anonymous,
      resultsVisibility: value.resultsVisibility,
      closesAt: closing && "at" in closing ? closing.at : null,
    };
  });
export type PollInput = z.output<typeof PollSchema>;

export const POLL_COMMANDS = ["open", "close", "show", "hide"] as const;
export type PollCommand = (typeof POLL_COMMANDS)[number];
export const PollCommandSchema = z.object({
  pollId: z.string().min(1),
  intent: z.enum(POLL_COMMANDS),
});

export const AnswerVisibilitySchema = z.object({
  intent: z.enum(["hide-answer", "show-answer"]),
  voteId: z.string().min(1),
});

export const MergeAnswersSchema = z
  .object({
    intent: z.literal("merge"),
    voteIds: ids,
    themeId: z.string().trim().optional(),
    newTitle: guardedText(optionalText(80)),
    reason: guardedText(optionalText(500)),
  })
  .superRefine((value, ctx) => {
    if (value.voteIds.length === 0) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["voteIds"], message: nl.polls.mergeNeedAnswers });
    if (!value.themeId === !value.newTitle) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["themeId"], message: nl.polls.mergeNeedTarget });
  });

export const ThemeSchema = z.object({
  title: guardedText(requiredText(80)),
  description: guardedText(optionalText(500)),
  reason: guardedText(requiredText(1000)),
  networkId: z.string().trim().optional().transform((value) => value || null),
});
export type ThemeInput = z.output<typeof ThemeSchema>;

export const MergeThemesSchema = z
  .object({
    sourceId: z.string({ required_error: nl.form.choose }).min(1, nl.form.choose),
    targetId: z.string({ required_error: nl.form.choose }).min(1, nl.form.choose),
    confirm: z.string().optional(),
  })
  .refine((value) => value.sourceId !== value.targetId, { path: ["targetId"], message: nl.themes.mergeSame });

export const DecisionSchema = z.object({
  rationale: guardedText(requiredText(2000)),
  networkId: z.string().trim().optional().transform((value) => value || null),
  pollIds: ids,
});
export type DecisionInput = z.output<typeof DecisionSchema>;

export const LinkModuleSchema = z.object({
  intent: z.literal("module"),
  moduleSlug: z.string({ required_error: nl.form.choose }).min(1, nl.form.choose),
});

export const ThemeStatusSchema = z.object({
  intent: z.literal("status"),
  // A decided theme never goes back to candidate.
  status: choice(["chosen", "active", "closed"]),
});
