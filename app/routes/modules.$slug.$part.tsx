import { randomUUID } from "node:crypto";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { hasRole, requireUser } from "~/auth.server";
import { Blocks } from "~/components/modules/content-html";
import { CommitmentForm, CommitmentList } from "~/components/modules/commitment-form";
import { ContributionForm, ContributionList } from "~/components/modules/contributions";
import { CompletedInvitation } from "~/components/modules/invitation";
import { PartNav, ProgressBar, partPath, partTitle } from "~/components/modules/part-nav";
import { ReflectionForm } from "~/components/modules/reflection-form";
import { RedirectNotice } from "~/components/notice";
import { nlLearning } from "~/i18n/slices";
import { calendarDay } from "~/lib/dates";
import { formIntent, parseForm, readForm } from "~/lib/forms";
import { badRequest, forbidden, notFound } from "~/lib/http";
import { CLOSING_PART, EXPERT_PART, PARTS, PART_COUNT, REFLECTION_PART, answerField } from "~/lib/module-parts";
import { noticeUrl } from "~/lib/notice";
import { CommitmentSchema, ContributionSchema, reflectionSchema } from "~/lib/schemas/learning.server";
import { getModulePart } from "~/models/learning/content.server";
import { addContribution, listApproved, listOwnUnpublished } from "~/models/learning/contributions.server";
import { addCommitment, getProgress, getReflections, listCommitments, markPartDone, saveReflections } from "~/models/learning/progress.server";
import { themeTitle } from "~/models/learning/catalogue.server";
import { nextWebinarOnTheme } from "~/models/webinars/webinars.server";

const t = nlLearning.learning.player;

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${nlLearning.learning.partTitles[data.part.number - 1] ?? ""} – ${data.module.title} | ${nlLearning.appName}` : nlLearning.appName },
];

function findPart(params: LoaderFunctionArgs["params"]) {
  const found = getModulePart(params.slug, params.part);
  if (!found) throw notFound();
  return found;
}

// Only what this part shows; part 4 reads the user's own reflections and no other page does.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { module, part } = findPart(params);
  const n = part.number;
  const isExpert = hasRole(user, "expert");
  const answers = n === REFLECTION_PART ? getReflections(user.id, module.slug) : {};
  return json({
    module: { slug: module.slug, title: module.title, theme: module.theme, reflectionQuestions: module.reflectionQuestions },
    themeTitle: n === CLOSING_PART ? themeTitle(module.theme) : "",
    nextWebinar: n === CLOSING_PART ? (nextWebinarOnTheme(module.theme) ?? null) : null,
    part,
    progress: getProgress(user.id, module.slug),
    approved: n === EXPERT_PART ? listApproved(module.slug) : [],
    isExpert,
    own: n === EXPERT_PART && isExpert ? listOwnUnpublished(user.id, module.slug) : [],
    answers: Object.fromEntries(Object.entries(answers).map(([id, answer]) => [answerField(id), answer])),
    commitments: n === CLOSING_PART ? listCommitments(user.id, module.slug) : [],
    today: calendarDay(),
    submissionId: n === CLOSING_PART ? randomUUID() : "",
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { module, part } = findPart(params);
  const formData = await readForm(request);
  const intent = formIntent(formData, ["next", "reflections", "reflections-next", "commitment", "finish", "contribution"]);
  const here = partPath(module.slug, part.number);
  const next = partPath(module.slug, Math.min(part.number + 1, PART_COUNT));

  if (intent === "next" && part.number < PART_COUNT) {
    markPartDone(user.id, module.slug, part.number);
    return redirect(next);
  }
  if ((intent === "reflections" || intent === "reflections-next") && part.number === REFLECTION_PART) {
    const form = await parseForm(formData, reflectionSchema(module.reflectionQuestions.map((q) => q.id)));
    if (!form.ok) return json({ intent, errors: form.errors, values: form.values }, { status: 400 });
    // Only questions whose field was sent; an emptied field removes that answer.
    const sent = module.reflectionQuestions.filter((q) => formData.has(answerField(q.id)));
    const answers = Object.fromEntries(sent.map((q) => [q.id, String(form.data[answerField(q.id)] ?? "")]));
    saveReflections(user.id, module.slug, answers);
    if (intent === "reflections") return redirect(noticeUrl(here, "bewaard"));
    markPartDone(user.id, module.slug, part.number);
    return redirect(next);
  }
  if (intent === "commitment" && part.number === CLOSING_PART) {
    const form = await parseForm(formData, CommitmentSchema);
    if (!form.ok) return json({ intent, errors: form.errors, values: form.values }, { status: 400 });
    addCommitment(user.id, module.slug, form.data);
    markPartDone(user.id, module.slug, part.number);
    return redirect(here);
  }
  if (intent === "finish" && part.number === CLOSING_PART) {
    markPartDone(user.id, module.slug, part.number);
    return redirect(here);
  }
  if (intent === "contribution" && part.number === EXPERT_PART) {
    if (!hasRole(user, "expert")) throw forbidden();
    const form = await parseForm(formData, ContributionSchema);
    if (!form.ok) return json({ intent, errors: form.errors, values: form.values }, { status: 400 });
    addContribution(user.id, module.slug, form.data);
    return redirect(noticeUrl(`${here}#deel-ervaring`, "inbreng"));
  }
  // An intent this part does not have.
  throw badRequest();
}

export default function ModulePart() {
  const { module, themeTitle, nextWebinar, part, progress, approved, isExpert, own, answers, commitments, today, submissionId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const n = part.number;
  const partDone = progress.doneParts.includes(n);
  const open = PARTS.filter((p) => !progress.doneParts.includes(p.number));
  return (
    <div className="page module-page">
      <nav aria-label={t.breadcrumb} className="breadcrumb">
        <ol>
          <li>
            <Link to="/modules">{nlLearning.learning.catalogue.title}</Link>
          </li>
          <li>
            <Link to={`/modules/${module.slug}`}>{module.title}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t.partHeading(n, partTitle(n))}</h1>
      <ProgressBar done={progress.doneParts.length} />
      <PartNav moduleSlug={module.slug} current={n} doneParts={progress.doneParts} />
      {n === CLOSING_PART && progress.status === "completed" ? (
        <CompletedInvitation moduleSlug={module.slug} themeSlug={module.theme} themeTitle={themeTitle} nextWebinar={nextWebinar} />
      ) : null}
      {n === CLOSING_PART && partDone && open.length > 0 ? (
        <div className="notice notice--warn">
          <p>{t.openParts}</p>
          <ul>
            {open.map((p) => (
              <li key={p.number}>
                <Link to={partPath(module.slug, p.number)}>{t.partHeading(p.number, partTitle(p.number))}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <RedirectNotice messages={{ bewaard: nlLearning.learning.reflection.saved }} />
      {n === REFLECTION_PART ? (
        <ReflectionForm blocks={part.blocks} questions={module.reflectionQuestions} answers={result?.values ?? answers} errors={result?.errors} />
      ) : (
        <Blocks blocks={part.blocks} questions={module.reflectionQuestions} />
      )}
      {n === EXPERT_PART ? <ContributionList items={approved} /> : null}
      {n === EXPERT_PART && isExpert ? (
        <ContributionForm errors={result?.errors} values={result?.values} own={own} />
      ) : null}
      {n === CLOSING_PART ? (
        <>
          <CommitmentForm errors={result?.errors} values={result?.values} hasCommitment={commitments.length > 0} partDone={partDone} minDay={today} submissionId={submissionId} />
          <CommitmentList commitments={commitments} />
        </>
      ) : null}
      {n < REFLECTION_PART ? (
        <Form method="post" className="actions next-part">
          <button type="submit" name="intent" value="next">
            {t.next}
          </button>
        </Form>
      ) : null}
      {n > 1 ? (
        <p>
          <Link to={partPath(module.slug, n - 1)}>
            {t.previous}: {partTitle(n - 1)}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
