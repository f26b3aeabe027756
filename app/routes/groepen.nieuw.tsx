import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth.server";
import { ErrorSummary, Field } from "~/components/field";
import { nl } from "~/i18n/nl";
import { addDays, calendarDay } from "~/lib/dates";
import { parseForm } from "~/lib/forms";
import { noticeUrl } from "~/lib/notice";
import { GroupSchema } from "~/lib/schemas/groups";
import { listModuleThemes } from "~/models/learning/module-themes.server";
import { createGroup, listThemes, themeExists, userNetworkId } from "~/models/groups/groups.server";
import { listNetworks, networkExists } from "~/models/accounts/reference.server";

export const meta: MetaFunction = () => [{ title: `${nl.groups.form.title} | ${nl.appName}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "facilitator", "coordinator");
  const themes = listThemes();
  const themeSlug = new URL(request.url).searchParams.get("thema");
  const today = calendarDay();
  return json({
    themes,
    modules: listModuleThemes().map(({ slug, title }) => ({ slug, title })),
    networks: listNetworks(),
    defaults: {
      themeId: themes.find((t) => t.slug === themeSlug)?.id ?? "",
      networkId: userNetworkId(user.id) ?? "",
      startsOn: today,
      endsOn: addDays(today, 91),
      maxSize: "12",
    },
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "facilitator", "coordinator");
  const form = await parseForm(request, GroupSchema);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  const errors: Record<string, string> = {};
  if (!themeExists(form.data.themeId)) errors.themeId = nl.groups.form.unknownTheme;
  if (form.data.networkId && !networkExists(form.data.networkId)) errors.networkId = nl.groups.form.unknownNetwork;
  if (form.data.moduleSlug && !listModuleThemes().some((m) => m.slug === form.data.moduleSlug)) errors.moduleSlug = nl.groups.form.unknownModule;
  if (Object.keys(errors).length > 0) {
    const { maxSize, ...rest } = form.data;
    return json({ errors, values: { ...rest, maxSize: String(maxSize), moduleSlug: rest.moduleSlug ?? "", networkId: rest.networkId ?? "" } }, { status: 400 });
  }
  const id = createGroup(form.data, user.id);
  return redirect(noticeUrl(`/groepen/${id}/leden`, "gestart"));
}

export default function NewGroup() {
  const { themes, modules, networks, defaults } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> | undefined = result?.errors;
  const values: Record<string, string> = { ...defaults, ...result?.values };
  const t = nl.groups.form;
  return (
    <div className="page narrow">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <ErrorSummary errors={errors} message={nl.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <Field name="name" label={t.name} hint={t.nameHint} defaultValue={values.name} error={errors?.name} required maxLength={120} />
        <Field name="themeId" label={t.theme} defaultValue={values.themeId} error={errors?.themeId}>
          <option value="">{t.chooseTheme}</option>
          {themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.title}
            </option>
          ))}
        </Field>
        <Field name="moduleSlug" label={`${t.module} ${nl.common.optional}`} defaultValue={values.moduleSlug ?? ""} error={errors?.moduleSlug}>
          <option value="">{t.noModule}</option>
          {modules.map((module) => (
            <option key={module.slug} value={module.slug}>
              {module.title}
            </option>
          ))}
        </Field>
        <Field name="intendedChange" label={t.intendedChange} hint={t.intendedChangeHint} defaultValue={values.intendedChange} error={errors?.intendedChange} multiline required maxLength={1000} />
        <Field name="networkId" label={`${t.network} ${nl.common.optional}`} defaultValue={values.networkId ?? ""} error={errors?.networkId}>
          <option value="">{nl.groups.list.noNetwork}</option>
          {networks.map((network) => (
            <option key={network.id} value={network.id}>
              {network.name}
            </option>
          ))}
        </Field>
        <div className="field-row">
          <Field name="startsOn" label={t.startsOn} type="date" defaultValue={values.startsOn} error={errors?.startsOn} required />
          <Field name="endsOn" label={t.endsOn} type="date" defaultValue={values.endsOn} error={errors?.endsOn} required />
        </div>
        <Field name="rhythm" label={t.rhythm} hint={t.rhythmHint} defaultValue={values.rhythm} error={errors?.rhythm} required maxLength={120} />
        <Field name="maxSize" label={t.maxSize} type="number" defaultValue={values.maxSize} error={errors?.maxSize} required />
        <div className="actions">
          <button type="submit">{t.submit}</button>
        </div>
      </Form>
    </div>
  );
}
