import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { checkPassword, endOtherSessions, lucia, requireUser, setPassword } from "~/auth.server";
import { ErrorSummary, Field } from "~/components/field";
import { RedirectNotice } from "~/components/notice";
import { nl } from "~/i18n/nl";
import { formIntent, parseForm, readForm } from "~/lib/forms";
import { noticeUrl } from "~/lib/notice";
import { DeleteAccountSchema, changePasswordSchema } from "~/lib/schemas/account";
import { attemptSucceeded, passwordPromptLimits, reserveAttempt } from "~/models/accounts/attempt-limits.server";
import { deleteUserAccount } from "~/models/accounts/data.server";
import { getAccount } from "~/models/accounts/users.server";

export const meta: MetaFunction = () => [{ title: `${nl.account.title} | ${nl.appName}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const account = getAccount(user.id);
  if (!account) throw redirect("/inloggen");
  return json({ account });
}

// Both prompts share one limit per user, reserved before the password is checked (decision 012).
async function confirmPassword(userId: string, password: string): Promise<{ message: string; status: number } | null> {
  const limits = passwordPromptLimits(userId);
  const reservation = reserveAttempt(limits);
  if (!reservation.ok) return { message: nl.auth.tooManyAttempts(nl.auth.wait(reservation.waitSeconds)), status: 429 };
  if (!(await checkPassword(userId, password))) return { message: nl.account.wrongPassword, status: 400 };
  attemptSucceeded(limits);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const intent = formIntent(formData, ["password", "delete"]);
  if (intent === "password") {
    const form = await parseForm(formData, changePasswordSchema(user));
    if (!form.ok) return json({ intent, errors: form.errors }, { status: 400 });
    const refused = await confirmPassword(user.id, form.data.currentPassword);
    if (refused) return json({ intent, errors: { currentPassword: refused.message } }, { status: refused.status });
    await setPassword(user.id, form.data.newPassword);
    await endOtherSessions(user.id, user.sessionId);
    return redirect(noticeUrl("/account", "wachtwoord"));
  }
  const form = await parseForm(formData, DeleteAccountSchema);
  if (!form.ok) return json({ intent, errors: form.errors }, { status: 400 });
  const refused = await confirmPassword(user.id, form.data.password);
  if (refused) return json({ intent, errors: { password: refused.message } }, { status: refused.status });
  deleteUserAccount(user.id);
  return redirect(noticeUrl("/", "account-verwijderd"), { headers: { "Set-Cookie": lucia.createBlankSessionCookie().serialize() } });
}

export default function Account() {
  const { account } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const passwordErrors: Record<string, string> | undefined = result?.intent === "password" ? result.errors : undefined;
  const deleteErrors: Record<string, string> | undefined = result?.intent === "delete" ? result.errors : undefined;
  return (
    <div className="page narrow">
      <h1>{nl.account.title}</h1>
      <RedirectNotice messages={{ wachtwoord: nl.account.passwordChanged }} />
      <h2>{nl.account.details}</h2>
      <dl>
        <dt>{nl.auth.name}</dt>
        <dd>{account.name}</dd>
        <dt>{nl.auth.email}</dt>
        <dd>{account.email}</dd>
        <dt>{nl.auth.organisation}</dt>
        <dd>{account.organisation ?? "–"}</dd>
        <dt>{nl.auth.network}</dt>
        <dd>{account.network ?? "–"}</dd>
        <dt>{nl.account.roles}</dt>
        <dd>{account.roles.map((role) => nl.roles[role]).join(", ")}</dd>
      </dl>

      <h2>{nl.account.passwordTitle}</h2>
      <ErrorSummary errors={passwordErrors} message={nl.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="password" />
        <Field name="currentPassword" label={nl.account.currentPassword} type="password" autoComplete="current-password" error={passwordErrors?.currentPassword} required />
        <Field
          name="newPassword"
          label={nl.account.newPassword}
          type="password"
          autoComplete="new-password"
          hint={nl.auth.passwordHint}
          error={passwordErrors?.newPassword}
          required
        />
        <div className="actions">
          <button type="submit">{nl.account.passwordSubmit}</button>
        </div>
      </Form>

      <h2>{nl.account.dataTitle}</h2>
      <p>{nl.account.dataIntro}</p>
      <p>
        <a className="button button--secondary" href="/account/gegevens" download>
          {nl.account.dataDownload}
        </a>
      </p>

      <h2>{nl.account.deleteTitle}</h2>
      <p>{nl.account.deleteIntro}</p>
      <ErrorSummary errors={deleteErrors} message={nl.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="delete" />
        <Field name="password" label={nl.account.deleteConfirm} type="password" autoComplete="current-password" error={deleteErrors?.password} required />
        <div className="actions">
          <button type="submit" className="button--danger">
            {nl.account.deleteSubmit}
          </button>
        </div>
      </Form>
    </div>
  );
}
