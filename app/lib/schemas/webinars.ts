// One zod schema per form of the webinar, poll, agenda and decision pages.
import { z } from "zod";
import { nl } from "~/i18n/nl";
import { amsterdamToUtc } from "~/lib/amsterdam-time";
import { POLL_TYPES, RESULTS_VISIBILITY } from "~/lib/webinars/constants";
import { guardedText, isoDate, optionalText, requiredText } from "./fields";

export const MAX_POLL_OPTIONS = 8;

// A repeated form field arrives as a string (once) or an array (more than once).
const list = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string()));

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
    themeIds: list,
    date: isoDate,
    time,
    description: guardedText(optionalText(2000)),
    meetingUrl: httpsUrl,
    presenter: guardedText(optionalText(120)),
    networkId: z.string({ required_error: nl.form.choose }).min(1, nl.form.choose),
  })
  .transform((value, ctx) => {
    const startsAt = amsterdamToUtc(value.date, value.time);
    if (!startsAt) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["time"], message: nl.webinars.invalidTime });
      return z.NEVER;
    }
    return { ...value, startsAt };
  });
export type WebinarInput = z.output<typeof WebinarSchema>;

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

export const PollSchema = z
  .object({
    question: guardedText(requiredText(200)),
    type: z.enum(POLL_TYPES, { errorMap: () => ({ message: nl.form.choose }) }),
    maxChoices: z.coerce.number().int().min(2).max(MAX_POLL_OPTIONS).optional().catch(undefined),
    optionLabel: list.pipe(z.array(guardedText(optionalText(120)))),
    optionTheme: list,
    anonymous: checkbox,
    resultsVisibility: z.enum(RESULTS_VISIBILITY, { errorMap: () => ({ message: nl.form.choose }) }),
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
    let closesAt: Date | null = null;
    if (value.closesDate || value.closesTime) {
      closesAt = value.closesDate && value.closesTime ? amsterdamToUtc(value.closesDate, value.closesTime) : null;
      if (!closesAt) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["closesDate"], message: nl.polls.closesIncomplete });
      else if (closesAt.getTime() <= Date.now()) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["closesDate"], message: nl.polls.closesInPast });
    }
    return {
      question: value.question,
      type: value.type,
      maxChoices,
      options: value.type === "open" ? [] : value.type === "scale" ? options.slice(0, 1) : options,
      anonymous: value.anonymous,
      resultsVisibility: value.resultsVisibility,
      closesAt,
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
    voteIds: list,
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
  pollIds: list,
});
export type DecisionInput = z.output<typeof DecisionSchema>;

export const LinkModuleSchema = z.object({
  intent: z.literal("module"),
  moduleSlug: z.string({ required_error: nl.form.choose }).min(1, nl.form.choose),
});

export const ThemeStatusSchema = z.object({
  intent: z.literal("status"),
  // A decided theme never goes back to candidate.
  status: z.enum(["chosen", "active", "closed"], { errorMap: () => ({ message: nl.form.choose }) }),
});
