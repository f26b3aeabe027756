import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth.server";
import { ContributionItem } from "~/components/modules/contributions";
import { RedirectNotice } from "~/components/notice";
import { nl } from "~/i18n/nl";
import { parseForm } from "~/lib/forms";
import { badRequest, notFound } from "~/lib/http";
import { noticeUrl } from "~/lib/notice";
import { ReviewSchema } from "~/lib/schemas/learning.server";
import { moduleTitles } from "~/models/learning/content.server";
import { getContribution, listForReview, reviewContribution } from "~/models/learning/contributions.server";

const t = nl.learning.moderation;

export const meta: MetaFunction = () => [{ title: `${t.title} | ${nl.appName}` }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  const titles = moduleTitles();
  const { pending, reviewed } = listForReview();
  const confirmId = new URL(request.url).searchParams.get("afwijzen");
  const withTitle = <T extends { moduleSlug: string }>(item: T) => ({ ...item, moduleTitle: titles.get(item.moduleSlug) ?? item.moduleSlug });
  return json({
    pending: pending.map(withTitle),
    reviewed: reviewed.map(withTitle),
    confirm: confirmId ? (pending.find((c) => c.id === confirmId) ?? reviewed.find((c) => c.id === confirmId) ?? null) : null,
    modules: [...titles.entries()].map(([slug, title]) => ({ slug, title })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const coordinator = await requireRole(request, "coordinator");
  const form = await parseForm(request, ReviewSchema);
  if (!form.ok) throw badRequest();
  if (!getContribution(form.data.id)) throw notFound();
  const approve = form.data.decision === "approve";
  reviewContribution(form.data.id, approve ? "approved" : "rejected", coordinator.id);
  return redirect(noticeUrl("/beheer/inbreng", approve ? "goedgekeurd" : "afgewezen"));
}

function ReviewButton({ id, decision, label, secondary }: { id: string; decision: "approve" | "reject"; label: string; secondary?: boolean }) {
  return (
    <Form method="post">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="decision" value={decision} />
      <button type="submit" className={secondary ? "button--secondary" : undefined}>
        {label}
      </button>
    </Form>
  );
}

export default function Moderation() {
  const { pending, reviewed, confirm, modules } = useLoaderData<typeof loader>();
  return (
    <div className="page module-page">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <RedirectNotice messages={{ goedgekeurd: t.approved, afgewezen: t.rejected }} />
      {confirm ? (
        <section className="notice notice--warn" aria-labelledby="bevestigen" id="bevestig">
          <h2 id="bevestigen">{t.confirmTitle}</h2>
          <ul className="contribution-list">
            <ContributionItem item={confirm} />
          </ul>
          <p>{t.confirmText}</p>
          <div className="actions">
            <ReviewButton id={confirm.id} decision="reject" label={t.confirm} />
            <Link to="/beheer/inbreng">{t.cancel}</Link>
          </div>
        </section>
      ) : null}
      <h2>{t.pending}</h2>
      {pending.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <ul className="review-list">
          {pending.map((item) => (
            <li key={item.id} className="card">
              <p className="muted">
                {t.module}: {item.moduleTitle}
              </p>
              <ul className="contribution-list">
                <ContributionItem item={item} />
              </ul>
              <div className="actions">
                <ReviewButton id={item.id} decision="approve" label={t.approve} />
                <Link className="button button--secondary" to={`/beheer/inbreng?afwijzen=${item.id}#bevestig`}>
                  {t.reject}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
      <h2>{t.reviewed}</h2>
      {reviewed.length === 0 ? <p className="muted">{t.reviewedEmpty}</p> : null}
      <ul className="review-list">
        {reviewed.map((item) => (
          <li key={item.id} className="card">
            <p className="muted">
              {t.module}: {item.moduleTitle} · <span className="tag">{t.statuses[item.status === "approved" ? "approved" : "rejected"]}</span>
            </p>
            <ul className="contribution-list">
              <ContributionItem item={item} />
            </ul>
            <div className="actions">
              {item.status === "approved" ? (
                <Link to={`/beheer/inbreng?afwijzen=${item.id}#bevestig`}>{t.withdraw}</Link>
              ) : (
                <ReviewButton id={item.id} decision="approve" label={t.approveAnyway} secondary />
              )}
            </div>
          </li>
        ))}
      </ul>
      <h2>{t.figuresTitle}</h2>
      <ul>
        {modules.map((m) => (
          <li key={m.slug}>
            <Link to={`/modules/${m.slug}/cijfers`}>{m.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
