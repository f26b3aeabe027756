import { z } from "zod";
import { nl } from "~/i18n/nl";
import { passwordProblem } from "~/lib/password.server";
import { requiredText } from "./fields";

const PASSWORD_MIN = 10;
// Long enough for any passphrase, short enough that hashing it costs nothing extra.
const PASSWORD_MAX = 200;

const email = z
  .string({ required_error: nl.auth.invalidEmail })
  .trim()
  .toLowerCase()
  .min(1, nl.form.required)
  .max(254, nl.form.tooLong(254))
  .email(nl.auth.invalidEmail);

const newPassword = z
  .string({ required_error: nl.form.required })
  .min(1, nl.form.required)
  .min(PASSWORD_MIN, nl.auth.passwordTooShort)
  .max(PASSWORD_MAX, nl.auth.passwordTooLong);

// Strength is judged with the person's name and e-mail address, so it runs on the whole form.
function refuseWeakPassword(password: string, person: { name: string; email: string }, field: string, ctx: z.RefinementCtx) {
  const problem = passwordProblem(password, person);
  if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message: nl.auth.passwordProblems[problem] });
}

export const RegisterSchema = z
  .object({
    name: requiredText(100),
    email,
    password: newPassword,
    organisationId: z.string({ required_error: nl.auth.unknownOrganisation }).min(1, nl.auth.unknownOrganisation),
    networkId: z.string({ required_error: nl.auth.unknownNetwork }).min(1, nl.auth.unknownNetwork),
  })
  .superRefine((form, ctx) => refuseWeakPassword(form.password, form, "password", ctx));
export type RegisterInput = z.infer<typeof RegisterSchema>;

export const LoginSchema = z.object({
  email,
  password: z.string({ required_error: nl.form.required }).min(1, nl.form.required).max(PASSWORD_MAX, nl.auth.passwordTooLong),
  redirectTo: z.string().optional(),
});

const currentPassword = z.string({ required_error: nl.form.required }).min(1, nl.form.required).max(PASSWORD_MAX, nl.auth.passwordTooLong);

export function changePasswordSchema(person: { name: string; email: string }) {
  return z
    .object({ currentPassword, newPassword })
    .superRefine((form, ctx) => refuseWeakPassword(form.newPassword, person, "newPassword", ctx));
}

export const DeleteAccountSchema = z.object({ password: currentPassword });
