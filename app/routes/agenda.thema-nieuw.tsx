import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth.server";
import { ErrorSummary, Field } from "~/components/field";
import { nl } from "~/i18n/nl";
import { parseForm } from "~/lib/forms";
import { noticeUrl } from "~/lib/notice";
import { ThemeSchema } from "~/lib/schemas/webinars";
import { listNetworks, networkExists } from "~/models/accounts/reference.server";
import { createCandidateTheme, titleExists } from "~/models/webinars/themes.server";

export const meta: MetaFunction = () => [{ title: `${nl.themes.addTitle} | ${nl.appName}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  return json({ networks: listNetworks() });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "coordinator");
  const form = await parseForm(request, ThemeSchema);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  const errors: Record<string, string> = {};
  if (titleExists(form.data.title)) errors.title = nl.themes.titleTaken;
  if (form.data.networkId && !networkExists(form.data.networkId)) errors.networkId = nl.webinars.unknownNetwork;
  if (Object.keys(errors).length > 0) {
    const values: Record<string, string> = { ...form.data, networkId: form.data.networkId ?? "" };
    return json({ errors, values }, { status: 400 });
  }
  createCandidateTheme({ ...form.data, origin: "coordinator" }, user.id);
  return redirect(noticeUrl("/agenda#rangorde", "toegevoegd"));
}

export default function NewTheme() {
  const { networks } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> | undefined = result?.errors;
  const values: Record<string, string> = result?.values ?? {};
  return (
    <div className="page narrow">
      <h1>{nl.themes.addTitle}</h1>
      <p>{nl.themes.addIntro}</p>
      <ErrorSummary errors={errors} message={nl.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <Field name="title" label={nl.themes.title} error={errors?.title} defaultValue={values.title} required maxLength={80} />
        <Field name="reason" label={nl.themes.reason} hint={nl.themes.reasonHint} error={errors?.reason} defaultValue={values.reason} multiline required maxLength={1000} />
        <Field name="description" label={`${nl.themes.description} ${nl.common.optional}`} error={errors?.description} defaultValue={values.description} multiline maxLength={500} />
        <Field name="networkId" label={nl.themes.network} error={errors?.networkId} defaultValue={values.networkId ?? ""}>
          <option value="">{nl.themes.allNetworks}</option>
          {networks.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </Field>
        <div className="actions">
          <button type="submit">{nl.themes.save}</button>
        </div>
      </Form>
    </div>
  );
}
