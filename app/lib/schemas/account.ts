import { z } from "zod";
import { nl } from "~/i18n/nl";
import { PASSWORD_MAX, PASSWORD_MIN, isCommonPassword } from "~/lib/password";
import { requiredText } from "./fields";

const email = z
  .string({ required_error: nl.auth.invalidEmail })
  .trim()
  .toLowerCase()
  .min(1, nl.form.required)
  .max(254, nl.form.tooLong(254))
  .email(nl.auth.invalidEmail);

export const newPassword = z
  .string({ required_error: nl.form.required })
  .min(1, nl.form.required)
  .min(PASSWORD_MIN, nl.auth.passwordTooShort)
  .max(PASSWORD_MAX, nl.auth.passwordTooLong)
  .refine((value) => !isCommonPassword(value), nl.auth.passwordCommon);

export const RegisterSchema = z.object({
  name: requiredText(100),
  email,
  password: newPassword,
  organisationId: z.string({ required_error: nl.auth.unknownOrganisation }).min(1, nl.auth.unknownOrganisation),
  networkId: z.string({ required_error: nl.auth.unknownNetwork }).min(1, nl.auth.unknownNetwork),
});
export type RegisterInput = z.infer<typeof RegisterSchema>;

export const LoginSchema = z.object({
  email,
  password: z.string({ required_error: nl.form.required }).min(1, nl.form.required).max(PASSWORD_MAX),
  redirectTo: z.string().optional(),
});

export const ChangePasswordSchema = z.object({
  currentPassword: z.string({ required_error: nl.form.required }).min(1, nl.form.required),
  newPassword,
});

export const DeleteAccountSchema = z.object({
  password: z.string({ required_error: nl.form.required }).min(1, nl.form.required),
});

// Only same-site paths, so a login link cannot send someone to another website.
export function safeRedirect(to: string | null | undefined, fallback = "/"): string {
  if (!to || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}
