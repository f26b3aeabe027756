// One zod schema per group form; every free-text field passes the personal-data guard.
import { z } from "zod";
import { FACTORS, GROUP_ROLES, STEP_STATUSES } from "~/lib/groups/constants";
import { nl } from "~/i18n/nl";
import { calendarDay, parseLocalMoment } from "~/lib/dates";
import { DATE_RANGES, checkbox, choice, dayWithin, guardedText, list, optionalText, rangeProblem, refuse, requiredText } from "./fields";

const t = nl.groups;

export const GroupSchema = z
  .object({
    name: guardedText(requiredText(120)),
    themeId: z.string({ required_error: t.form.unknownTheme }).min(1, t.form.unknownTheme),
    moduleSlug: z.string().optional().transform((v) => (v ? v : null)),
    intendedChange: guardedText(requiredText(1000)),
    networkId: z.string().optional().transform((v) => (v ? v : null)),
    startsOn: dayWithin(DATE_RANGES.groupStart),
    endsOn: dayWithin(DATE_RANGES.groupEnd),
    rhythm: guardedText(requiredText(120)),
    maxSize: z.coerce
      .number({ invalid_type_error: t.form.maxSizeInvalid })
      .int(t.form.maxSizeInvalid)
      .min(2, t.form.maxSizeInvalid)
      .max(100, t.form.maxSizeInvalid),
  })
  .superRefine((value, ctx) => {
    // Also runs when another field failed; a refused day is then no day to compare.
    const bothDays = typeof value.startsOn === "string" && typeof value.endsOn === "string";
    if (bothDays && value.endsOn < value.startsOn) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["endsOn"], message: t.form.endsBeforeStart });
  });
export type GroupInput = z.infer<typeof GroupSchema>;

export const StepSchema = z.object({
  what: guardedText(requiredText(300)),
  ownerIds: list(z.string()).pipe(z.array(z.string()).min(1, t.steps.ownersRequired)),
  dueOn: dayWithin(DATE_RANGES.stepDue),
  successSign: guardedText(requiredText(500)),
});
export type StepInput = z.infer<typeof StepSchema>;

export const StatusSchema = z
  .object({
    status: choice(STEP_STATUSES),
    reason: guardedText(optionalText(500)),
  })
  .superRefine((value, ctx) => {
    if (value.status === "stopped" && value.reason === "") {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["reason"], message: t.steps.reasonRequired });
    }
  });
export type StatusInput = z.infer<typeof StatusSchema>;

export const LogEntrySchema = z.object({
  loggedOn: dayWithin(DATE_RANGES.note),
  stepId: z.string().optional().transform((v) => (v ? v : null)),
  did: guardedText(requiredText(2000)),
  helped: guardedText(optionalText(2000)),
  hindered: guardedText(optionalText(2000)),
  next: guardedText(optionalText(2000)),
  helpedFactors: list(choice(FACTORS)),
  hinderedFactors: list(choice(FACTORS)),
  shared: checkbox,
});
export type LogEntryInput = z.infer<typeof LogEntrySchema>;

export const MeetingSchema = z.object({
  plannedAt: z
    .string({ required_error: nl.form.required })
    .transform((value, ctx) => {
      const moment = parseLocalMoment(value);
      if (moment === null) return refuse(ctx, t.meetings.invalidMoment);
      const problem = rangeProblem(calendarDay(moment), DATE_RANGES.meeting);
      return problem === null ? moment.getTime() : refuse(ctx, problem);
    }),
  agenda: guardedText(requiredText(2000)),
});
export type MeetingInput = z.infer<typeof MeetingSchema>;

export const ReflectionSchema = z.object({
  learned: guardedText(requiredText(2000)),
  adapt: guardedText(optionalText(2000)),
});
export type ReflectionInput = z.infer<typeof ReflectionSchema>;

export const CloseSchema = z.object({
  lessons: guardedText(requiredText(3000)),
  confirm: checkbox.pipe(z.literal(true, { errorMap: () => ({ message: t.close.confirmRequired }) })),
});

export const AddMemberSchema = z.object({
  email: z.string({ required_error: nl.form.required }).trim().toLowerCase().min(1, nl.form.required).max(254),
  role: choice(GROUP_ROLES),
});

export const MemberRoleSchema = z.object({
  userId: z.string().min(1),
  role: choice(GROUP_ROLES),
});
