import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { hasRole, requireUser } from "~/auth.server";
import { nlLearning } from "~/i18n/slices";
import { KNOWLEDGE_KINDS } from "~/lib/module-parts";
import { figuresBySlug } from "~/models/learning/figures.server";
import { getCatalogue } from "~/models/learning/catalogue.server";

const t = nlLearning.learning.catalogue;

export const meta: MetaFunction = () => [{ title: `${t.title} | ${nlLearning.appName}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const theme = new URL(request.url).searchParams.get("thema") ?? "";
  const catalogue = getCatalogue(user.id, theme);
  const figures = hasRole(user, "coordinator") ? Object.fromEntries(figuresBySlug()) : null;
  return json({ ...catalogue, theme, figures });
}

export default function Catalogue() {
  const { items, themes, theme, figures } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <Form method="get" className="actions theme-filter">
        <label htmlFor="thema">{t.theme}</label>
        <select id="thema" name="thema" defaultValue={theme}>
          <option value="">{t.allThemes}</option>
          {themes.map((th) => (
            <option key={th.slug} value={th.slug}>
              {th.title}
            </option>
          ))}
        </select>
        <button type="submit">{t.filter}</button>
      </Form>
      {items.length === 0 ? (
        <p>
          {t.empty} <Link to="/modules">{t.showAll}</Link>
        </p>
      ) : (
        <ul className="cards module-cards">
          {items.map((m) => (
            <li key={m.slug} className="card module-card">
              <h2>
                <Link to={`/modules/${m.slug}`}>{m.title}</Link>
              </h2>
              <p>{m.summary}</p>
              <dl className="module-facts">
                <dt>{t.theme}</dt>
                <dd>{m.theme.title}</dd>
                <dt>{t.duration}</dt>
                <dd>{nlLearning.learning.minutes(m.durationMinutes)}</dd>
                <dt>{t.myStatus}</dt>
                <dd>
                  <span className={m.status === "completed" ? "tag tag--ok" : m.status === "in_progress" ? "tag tag--warn" : "tag"}>
                    {nlLearning.learning.status[m.status]}
                  </span>
                </dd>
              </dl>
              <details className="module-sources">
                <summary>
                  {t.sources}: {KNOWLEDGE_KINDS.filter((k) => m.sourceKinds.includes(k)).map((k) => nlLearning.learning.knowledgeKinds[k]).join(", ")}
                </summary>
                <ul>
                  {m.sources.map((s) => (
                    <li key={`${s.kind}-${s.title}`}>
                      {nlLearning.learning.knowledgeKinds[s.kind]}: {s.title}
                    </li>
                  ))}
                </ul>
              </details>
              {figures ? (
                <p className="module-card__figures">
                  <Link to={`/modules/${m.slug}/cijfers`}>
                    {t.figures}
                    <span className="visually-hidden">: {m.title}</span>
                  </Link>
                  <span className="muted"> ({t.figuresShort(figures[m.slug]?.started ?? 0, figures[m.slug]?.completed ?? 0)})</span>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
