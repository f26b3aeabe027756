import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth.server";
import { ContentHtml, SourceList } from "~/components/modules/content-html";
import { CompletedInvitation } from "~/components/modules/invitation";
import { PartNav, ProgressBar, partPath, partTitle } from "~/components/modules/part-nav";
import { nl } from "~/i18n/nl-learning";
import { KNOWLEDGE_KINDS } from "~/lib/module-parts";
import { getModule } from "~/models/learning/content.server";
import { getProgress, startModule } from "~/models/learning/progress.server";
import { themeTitle } from "~/models/learning/catalogue.server";

const t = nl.learning.overview;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.module.title ?? nl.learning.catalogue.title} | ${nl.appName}` }];

function notFound() {
  return new Response(null, { status: 404 });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const module = getModule(params.slug);
  if (!module) throw notFound();
  const { parts: _parts, reflectionQuestions: _questions, ...info } = module;
  return json({ module: info, themeTitle: themeTitle(module.theme), progress: getProgress(user.id, module.slug) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const module = getModule(params.slug);
  if (!module) throw notFound();
  startModule(user.id, module.slug);
  return redirect(partPath(module.slug, getProgress(user.id, module.slug).resumePart));
}

export default function ModuleOverview() {
  const { module, themeTitle, progress } = useLoaderData<typeof loader>();
  return (
    <div className="page module-page">
      <p className="eyebrow">
        <Link to="/modules">{nl.learning.catalogue.title}</Link>
      </p>
      <h1>{module.title}</h1>
      {progress.status === "completed" ? <CompletedInvitation moduleSlug={module.slug} themeSlug={module.theme} themeTitle={themeTitle} /> : null}
      <p className="lead">{module.summary}</p>
      <dl className="module-facts">
        <dt>{t.theme}</dt>
        <dd>{themeTitle}</dd>
        <dt>{t.duration}</dt>
        <dd>{nl.learning.minutes(module.durationMinutes)}</dd>
        <dt>{t.audience}</dt>
        <dd>{module.audience}</dd>
      </dl>
      <section className="learning-goals" aria-labelledby="leerdoelen">
        <h2 id="leerdoelen">{t.goals}</h2>
        <ul>
          {module.learningGoals.map((goal) => (
            <li key={goal}>{goal}</li>
          ))}
        </ul>
      </section>
      <ContentHtml html={module.introHtml} />
      <div className="actions start-actions">
        {progress.status === "not_started" ? (
          <Form method="post">
            <button type="submit">{t.start}</button>
          </Form>
        ) : progress.status === "in_progress" ? (
          <Link className="button" to={partPath(module.slug, progress.resumePart)}>
            {t.resume(progress.resumePart, partTitle(progress.resumePart))}
          </Link>
        ) : (
          <Link className="button button--secondary" to={partPath(module.slug, 1)}>
            {t.again}
          </Link>
        )}
      </div>
      <h2>{t.parts}</h2>
      {progress.status === "not_started" ? null : <ProgressBar done={progress.doneParts.length} />}
      <PartNav moduleSlug={module.slug} doneParts={progress.doneParts} />
      <h2 id="bronnen">{t.sources}</h2>
      <p>{t.sourcesIntro}</p>
      {KNOWLEDGE_KINDS.map((kind) => (
        <section key={kind} aria-labelledby={`bronnen-${kind}`}>
          <h3 id={`bronnen-${kind}`}>{nl.learning.knowledgeKinds[kind]}</h3>
          <SourceList sources={module.sources.filter((s) => s.kind === kind)} />
        </section>
      ))}
    </div>
  );
}
