import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth.server";
import { LookBackForm } from "~/components/modules/look-back-form";
import { nl } from "~/i18n/nl";
import { parseForm } from "~/lib/forms";
import { notFound } from "~/lib/http";
import { noticeUrl } from "~/lib/notice";
import { LookBackSchema } from "~/lib/schemas/learning.server";
import { getModule } from "~/models/learning/content.server";
import { getOwnCommitment, saveLookBack } from "~/models/learning/progress.server";

const t = nl.learning.lookBack;

export const meta: MetaFunction = () => [{ title: `${t.pageTitle} | ${nl.appName}` }];

// Someone else's commitment is "not found", so its existence is not revealed.
function ownCommitment(userId: string, id: string | undefined) {
  const commitment = id ? getOwnCommitment(userId, id) : undefined;
  if (!commitment) throw notFound();
  return commitment;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const commitment = ownCommitment(user.id, params.id);
  return json({
    commitment: { id: commitment.id, text: commitment.text, answered: commitment.lookBackAt !== null },
    module: { slug: commitment.moduleSlug, title: getModule(commitment.moduleSlug)?.title ?? commitment.moduleSlug },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const commitment = ownCommitment(user.id, params.id);
  const form = await parseForm(request, LookBackSchema);
  if (commitment.lookBackAt) return redirect(`/voornemens/${commitment.id}/terugblik`);
  if (!form.ok) return json({ errors: form.errors, values: form.values }, { status: 400 });
  saveLookBack(user.id, commitment.id, form.data);
  return redirect(noticeUrl("/", "terugblik"));
}

export default function LookBack() {
  const { commitment, module } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="page narrow">
      <h1>{t.pageTitle}</h1>
      <p>
        {t.intro} <Link to={`/modules/${module.slug}`}>{module.title}</Link>:
      </p>
      <blockquote className="commitment-quote">{commitment.text}</blockquote>
      {commitment.answered ? (
        <p className="notice notice--ok">{t.already}</p>
      ) : (
        <LookBackForm commitmentId={commitment.id} errors={result?.errors} values={result?.values} />
      )}
    </div>
  );
}
