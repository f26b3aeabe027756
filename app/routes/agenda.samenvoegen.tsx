import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth.server";
import { Field } from "~/components/field";
import { nl } from "~/i18n/nl";
import { parseForm } from "~/lib/forms";
import { badRequest } from "~/lib/http";
import { noticeUrl } from "~/lib/notice";
import { MergeThemesSchema } from "~/lib/schemas/webinars";
import { getTheme, listCandidateThemes, mergeThemes } from "~/models/webinars/themes.server";
import { listThemeChoices } from "~/models/webinars/webinars.server";

export const meta: MetaFunction = () => [{ title: `${nl.themes.mergeTitle} | ${nl.appName}` }];

// Step 1 (GET) picks the two themes; step 2 asks for confirmation; only the POST changes anything.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  const params = new URL(request.url).searchParams;
  const sourceId = params.get("bron") ?? "";
  const targetId = params.get("doel") ?? "";
  const lists = { sources: listCandidateThemes(), targets: listThemeChoices(), sourceId, targetId };
  if (!sourceId && !targetId) return json({ ...lists, error: null, confirm: null });
  const source = getTheme(sourceId);
  const target = getTheme(targetId);
  let error: string | null = null;
  if (!source || !target) error = nl.form.choose;
  else if (source.id === target.id) error = nl.themes.mergeSame;
  else if (source.status !== "candidate" || source.mergedIntoId || target.mergedIntoId || target.status === "closed") error = nl.themes.mergeSourceCandidate;
  const confirm = !error && source && target ? { source: { id: source.id, title: source.title }, target: { id: target.id, title: target.title } } : null;
  return json({ ...lists, error, confirm }, { status: error ? 400 : 200 });
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, "coordinator");
  const form = await parseForm(request, MergeThemesSchema);
  if (!form.ok || form.data.confirm !== "ja") throw badRequest();
  if (!mergeThemes(form.data.sourceId, form.data.targetId)) {
    return redirect(`/agenda/samenvoegen?bron=${encodeURIComponent(form.data.sourceId)}&doel=${encodeURIComponent(form.data.targetId)}`);
  }
  return redirect(noticeUrl("/agenda", "samengevoegd"));
}

export default function MergeThemes() {
  const { sources, targets, sourceId, targetId, error, confirm } = useLoaderData<typeof loader>();
  if (confirm) {
    return (
      <div className="page narrow">
        <h1>{nl.themes.confirmTitle}</h1>
        <p>{nl.themes.confirmText(confirm.source.title, confirm.target.title)}</p>
        <Form method="post" className="actions">
          <input type="hidden" name="sourceId" value={confirm.source.id} />
          <input type="hidden" name="targetId" value={confirm.target.id} />
          <input type="hidden" name="confirm" value="ja" />
          <button type="submit" className="button--danger">
            {nl.themes.confirm}
          </button>
          <Link to="/agenda">{nl.themes.cancel}</Link>
        </Form>
      </div>
    );
  }
  return (
    <div className="page narrow">
      <h1>{nl.themes.mergeTitle}</h1>
      <p>{nl.themes.mergeIntro}</p>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <Form method="get" className="stack">
        <Field name="bron" label={nl.themes.source} defaultValue={sourceId}>
          <option value="">{nl.themes.chooseTheme}</option>
          {sources.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </Field>
        <Field name="doel" label={nl.themes.target} defaultValue={targetId}>
          <option value="">{nl.themes.chooseTheme}</option>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </Field>
        <div className="actions">
          <button type="submit">{nl.themes.mergeNext}</button>
        </div>
      </Form>
    </div>
  );
}
