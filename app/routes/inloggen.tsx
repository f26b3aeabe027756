import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { checkCredentials, createSessionCookie, getOptionalUser } from "~/auth.server";
import { ErrorSummary, Field } from "~/components/field";
import { nl } from "~/i18n/nl";
import { parseForm } from "~/lib/forms";
import { LoginSchema, safeRedirect } from "~/lib/schemas/account";
import { clearFailures, limitKeys, minutesLocked, recordFailure } from "~/models/accounts/login-limits.server";

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
  const keys = limitKeys(email, context.clientIp ?? "unknown");
  const locked = minutesLocked(keys);
  if (locked > 0) return json({ errors: { form: nl.auth.rateLimited(locked) }, values }, { status: 429 });
  const userId = await checkCredentials(email, password);
  if (!userId) {
    recordFailure(keys);
    const nowLocked = minutesLocked(keys);
    const message = nowLocked > 0 ? nl.auth.rateLimited(nowLocked) : nl.auth.loginFailed;
    return json({ errors: { form: message }, values }, { status: nowLocked > 0 ? 429 : 400 });
  }
  const [accountKey] = keys;
  if (accountKey) clearFailures(accountKey);
  return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": await createSessionCookie(userId) } });
}

export default function Login() {
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errors: Record<string, string> | undefined = result?.errors;
  return (
    <div className="page narrow">
      <h1>{nl.auth.loginTitle}</h1>
      <ErrorSummary errors={errors} message={nl.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
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
