import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { checkCredentials, createSessionCookie, getOptionalUser } from "~/auth.server";
import { ErrorSummary, Field } from "~/components/field";
import { RedirectNotice } from "~/components/notice";
import { nl } from "~/i18n/nl";
import { parseForm } from "~/lib/forms";
import { safeRedirect } from "~/lib/safe-redirect";
import { LoginSchema } from "~/lib/schemas/account";
import { attemptSucceeded, loginLimits, reserveAttempt } from "~/models/accounts/attempt-limits.server";

export const meta: MetaFunction = () => [{ title: `${nl.auth.loginTitle} | ${nl.appName}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  if (user) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await parseForm(request, LoginSchema);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  const { email, password, redirectTo } = form.data;
  const values = { email };
  // Counted before the password is checked, so parallel guesses cannot pass the limit.
  const limits = loginLimits(email, context.clientIp ?? "unknown");
  const reservation = reserveAttempt(limits);
  if (!reservation.ok) {
    return json({ errors: { form: nl.auth.tooManyAttempts(nl.auth.wait(reservation.waitSeconds)) }, values }, { status: 429 });
  }
  const userId = await checkCredentials(email, password);
  if (!userId) return json({ errors: { form: nl.auth.loginFailed }, values }, { status: 400 });
  attemptSucceeded(limits);
  return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": await createSessionCookie(userId) } });
}

export default function Login() {
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errors: Record<string, string> | undefined = result?.errors;
  return (
    <div className="page narrow">
      <h1>{nl.auth.loginTitle}</h1>
      <RedirectNotice messages={{ aangemeld: nl.auth.registered }} />
      <ErrorSummary errors={errors} message={nl.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="redirectTo" value={safeRedirect(params.get("redirectTo"))} />
        <Field
          name="email"
          label={nl.auth.email}
          type="email"
          autoComplete="username"
          defaultValue={result?.values?.email}
          error={errors?.email}
          required
        />
        <Field name="password" label={nl.auth.password} type="password" autoComplete="current-password" error={errors?.password} required />
        <div className="actions">
          <button type="submit">{nl.auth.loginSubmit}</button>
        </div>
      </Form>
      <p>
        {nl.auth.noAccount} <Link to="/registreren">{nl.nav.register}</Link>
      </p>
    </div>
  );
}
