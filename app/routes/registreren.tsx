import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth.server";
import { ErrorSummary, Field } from "~/components/field";
import { nl } from "~/i18n/nl";
import { parseForm } from "~/lib/forms";
import { RegisterSchema } from "~/lib/schemas/account";
import { listNetworks, listOrganisations, networkExists, organisationExists } from "~/models/accounts/reference.server";
import { registrationLimits, reserveAttempt } from "~/models/accounts/attempt-limits.server";
import { registerAccount } from "~/models/accounts/registration.server";

export const meta: MetaFunction = () => [{ title: `${nl.auth.registerTitle} | ${nl.appName}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getOptionalUser(request)) throw redirect("/");
  return json({ networks: listNetworks(), organisations: listOrganisations() });
}

// A new address and a known one get the same answer: on to the login page with the same notice.
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await parseForm(request, RegisterSchema);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  const { password: _password, ...values } = form.data;
  const errors: Record<string, string> = {};
  if (!organisationExists(form.data.organisationId)) errors.organisationId = nl.auth.unknownOrganisation;
  if (!networkExists(form.data.networkId)) errors.networkId = nl.auth.unknownNetwork;
  if (Object.keys(errors).length > 0) return json({ errors, values }, { status: 400 });
  const reservation = reserveAttempt(registrationLimits(form.data.email, context.clientIp ?? "unknown"));
  if (!reservation.ok) {
    return json({ errors: { form: nl.auth.tooManyRegistrations(nl.auth.wait(reservation.waitSeconds)) }, values }, { status: 429 });
  }
  await registerAccount(form.data);
  return redirect("/inloggen?melding=aangemeld");
}

export default function Register() {
  const { networks, organisations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> | undefined = result?.errors;
  const values: Record<string, string> = result?.values ?? {};
  return (
    <div className="page narrow">
      <h1>{nl.auth.registerTitle}</h1>
      <p className="lead">{nl.auth.registerIntro}</p>
      <ErrorSummary errors={errors} message={nl.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <Field name="name" label={nl.auth.name} autoComplete="name" defaultValue={values.name} error={errors?.name} required maxLength={100} />
        <Field name="email" label={nl.auth.email} type="email" autoComplete="email" defaultValue={values.email} error={errors?.email} required />
        <Field
          name="password"
          label={nl.auth.password}
          type="password"
          autoComplete="new-password"
          hint={nl.auth.passwordHint}
          error={errors?.password}
          required
        />
        <Field name="organisationId" label={nl.auth.organisation} defaultValue={values.organisationId ?? ""} error={errors?.organisationId}>
          <option value="">{nl.auth.chooseOrganisation}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({nl.organisationTypes[o.type]})
            </option>
          ))}
        </Field>
        <Field name="networkId" label={nl.auth.network} defaultValue={values.networkId ?? ""} error={errors?.networkId}>
          <option value="">{nl.auth.chooseNetwork}</option>
          {networks.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </Field>
        <div className="actions">
          <button type="submit">{nl.auth.registerSubmit}</button>
        </div>
      </Form>
      <p>
        {nl.auth.haveAccount} <Link to="/inloggen">{nl.nav.login}</Link>
      </p>
    </div>
  );
}
