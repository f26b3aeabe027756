import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { requireRole } from "~/auth.server";
import { nlLearning } from "~/i18n/slices";
import { notFound } from "~/lib/http";
import { roundDuration } from "~/lib/learning-stats";
import { getModule } from "~/models/learning/content.server";
import { moduleFigures } from "~/models/learning/figures.server";

const t = nlLearning.learning.figures;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${t.title(data?.title ?? "")} | ${nlLearning.appName}` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  const module = getModule(params.slug);
  if (!module) throw notFound();
  return json({ title: module.title, figures: moduleFigures(module.slug) });
}

function TextList({ title, id, items }: { title: string; id: string; items: string[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 ? (
        <p className="muted">{t.noTexts}</p>
      ) : (
        <ul className="look-back-texts">
          {items.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function ModuleFigures() {
  const { title, figures } = useLoaderData<typeof loader>();
  const duration = figures.medianMs === null ? null : roundDuration(figures.medianMs);
  return (
    <div className="page module-page">
      <p className="eyebrow">
        <Link to="/modules">{t.back}</Link>
      </p>
      <h1>{t.title(title)}</h1>
      <p>{t.intro}</p>
      <dl className="figures">
        <dt>{t.started}</dt>
        <dd>{figures.started}</dd>
        <dt>{t.completed}</dt>
        <dd>{figures.completed}</dd>
        <dt>{t.median}</dt>
        <dd>{duration ? t.duration[duration.unit](duration.amount) : t.none}</dd>
        <dt>{t.commitments}</dt>
        <dd>{figures.commitments}</dd>
        <dt>{t.lookBacks}</dt>
        <dd>{figures.lookBacks}</dd>
      </dl>
      <h2>{t.outcomes}</h2>
      <dl className="figures">
        {(["done", "partly", "not_yet"] as const).map((outcome) => (
          <Fragment key={outcome}>
            <dt>{nlLearning.learning.lookBack.outcomes[outcome]}</dt>
            <dd>{figures.outcomes[outcome]}</dd>
          </Fragment>
        ))}
      </dl>
      <TextList title={t.helped} id="wat-hielp" items={figures.helped} />
      <TextList title={t.hindered} id="wat-hinderde" items={figures.hindered} />
    </div>
  );
}
