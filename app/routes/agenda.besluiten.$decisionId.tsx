import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { hasRole, requireRole, requireUser } from "~/auth.server";
import { Field } from "~/components/field";
import { RedirectNotice } from "~/components/notice";
import { nl } from "~/i18n/nl";
import { formatDay, formatMoment } from "~/lib/dates";
import { formIntent, parseForm, readForm } from "~/lib/forms";
import { badRequest } from "~/lib/http";
import { noticeUrl } from "~/lib/notice";
import { LinkModuleSchema, ThemeStatusSchema } from "~/lib/schemas/webinars";
import { listGroupsOnThemes } from "~/models/groups/list.server";
import { requireDecision } from "~/models/webinars/access.server";
import { linkModule, setThemeStatus } from "~/models/webinars/decisions.server";
import { listModuleThemes } from "~/models/learning/module-themes.server";
import { webinarsForTheme } from "~/models/webinars/webinars.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data ? nl.decisions.title(data.decision.themeTitle) : nl.agenda.title} | ${nl.appName}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const decision = requireDecision(params.decisionId);
  const modules = listModuleThemes();
  return json({
    decision,
    webinars: webinarsForTheme(decision.themeId),
    groups: listGroupsOnThemes([decision.themeId]),
    modules,
    onTheme: modules.filter((m) => m.themeSlug === decision.themeSlug),
    linked: modules.find((m) => m.slug === decision.moduleSlug) ?? null,
    isCoordinator: hasRole(user, "coordinator"),
    canStartGroup: hasRole(user, "facilitator") || hasRole(user, "coordinator"),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, "coordinator");
  const decision = requireDecision(params.decisionId);
  const formData = await readForm(request);
  const back = `/agenda/besluiten/${decision.id}`;
  if (formIntent(formData, ["module", "status"]) === "module") {
    const form = await parseForm(formData, LinkModuleSchema);
    if (!form.ok || !linkModule(decision.id, form.data.moduleSlug)) return json({ error: nl.decisions.unknownModule }, { status: 400 });
    return redirect(noticeUrl(back, "module"));
  }
  const form = await parseForm(formData, ThemeStatusSchema);
  if (!form.ok) throw badRequest();
  setThemeStatus(decision.id, form.data.status);
  return redirect(noticeUrl(back, "stand"));
}

export default function DecisionPage() {
  const { decision, webinars, groups, modules, onTheme, linked, isCoordinator, canStartGroup } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <RedirectNotice messages={{ besloten: nl.decisions.decided, module: nl.decisions.moduleLinked, stand: nl.decisions.statusSaved }} />
      <h1>{nl.decisions.title(decision.themeTitle)}</h1>
      <dl>
        <dt>{nl.decisions.who}</dt>
        <dd>{decision.decidedBy ?? nl.decisions.unknownPerson}</dd>
        <dt>{nl.decisions.when}</dt>
        <dd>{formatMoment(decision.decidedAt)}</dd>
        <dt>{nl.decisions.onBehalf}</dt>
        <dd>{decision.network ?? nl.agenda.allNetworks}</dd>
        <dt>{nl.decisions.themeStatus}</dt>
        <dd>{nl.agenda.status[decision.themeStatus]}</dd>
      </dl>
      <h2>{nl.decisions.why}</h2>
      <p className="prewrap">{decision.rationale}</p>
      <h2>{nl.decisions.informedBy}</h2>
      {decision.polls.length === 0 ? (
        <p>{nl.decisions.noInformedBy}</p>
      ) : (
        <ul>
          {decision.polls.map((p) => (
            <li key={p.pollId}>
              <Link to={`/webinars/${p.webinarId}#peiling-${p.pollId}`}>{p.question}</Link>{" "}
              <span className="muted">
                {p.webinarTitle}
                {p.network ? ` · ${p.network}` : ""}
                {p.closedAt ? ` · ${formatDay(p.closedAt)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h2>{nl.decisions.followUps}</h2>
      <section className="card follow-up" aria-labelledby="vervolg-webinars">
        <h3 id="vervolg-webinars">{nl.decisions.webinars}</h3>
        {webinars.length === 0 ? <p>{nl.decisions.noWebinars}</p> : null}
        <ul>
          {webinars.map((w) => (
            <li key={w.id}>
              <Link to={`/webinars/${w.id}`}>{w.title}</Link> <span className="muted">{formatMoment(w.startsAt)}</span>
            </li>
          ))}
        </ul>
        {isCoordinator ? (
          <p>
            <Link className="button button--secondary" to={`/webinars/nieuw?thema=${decision.themeId}`}>
              {nl.decisions.planWebinar}
            </Link>
          </p>
        ) : null}
      </section>
      <section className="card follow-up" aria-labelledby="vervolg-module">
        <h3 id="vervolg-module">{nl.decisions.module}</h3>
        <p>
          {nl.decisions.linkedModule}: {linked ? <Link to={`/modules/${linked.slug}`}>{linked.title}</Link> : nl.decisions.noModule}
        </p>
        {onTheme.length > 0 ? (
          <p>
            {nl.decisions.modulesOnTheme}:{" "}
            {onTheme.map((m, i) => (
              <span key={m.slug}>
                {i > 0 ? ", " : ""}
                <Link to={`/modules/${m.slug}`}>{m.title}</Link>
              </span>
            ))}
          </p>
        ) : null}
        {isCoordinator ? (
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="module" />
            <Field name="moduleSlug" label={nl.decisions.chooseModule} defaultValue={decision.moduleSlug ?? onTheme[0]?.slug ?? ""}>
              <option value="">{nl.decisions.chooseModule}</option>
              {modules.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.title}
                </option>
              ))}
            </Field>
            <button type="submit">{nl.decisions.linkModule}</button>
          </Form>
        ) : null}
      </section>
      <section className="card follow-up" aria-labelledby="vervolg-groepen">
        <h3 id="vervolg-groepen">{nl.decisions.groups}</h3>
        {groups.length === 0 ? <p>{nl.decisions.noGroups}</p> : null}
        <ul>
          {groups.map((g) => (
            <li key={g.id}>
              <Link to={`/groepen/${g.id}`}>{g.name}</Link> <span className="tag">{nl.history.groupStatus[g.status]}</span>
            </li>
          ))}
        </ul>
        {canStartGroup ? (
          <p>
            <Link className="button button--secondary" to={`/groepen/nieuw?thema=${decision.themeSlug}`}>
              {nl.decisions.startGroups}
            </Link>
          </p>
        ) : null}
      </section>
      {isCoordinator ? (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="status" />
          <Field name="status" label={nl.decisions.themeStatus} defaultValue={decision.themeStatus}>
            {(["chosen", "active", "closed"] as const).map((s) => (
              <option key={s} value={s}>
                {nl.agenda.status[s]}
              </option>
            ))}
          </Field>
          <button type="submit">{nl.decisions.setStatus}</button>
        </Form>
      ) : null}
      <p>
        <Link to="/agenda/geschiedenis">{nl.agenda.history}</Link> · <Link to="/agenda">{nl.agenda.title}</Link>
      </p>
    </div>
  );
}
