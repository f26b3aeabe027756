import { Form } from "@remix-run/react";
import { ErrorSummary, Field } from "~/components/field";
import { RedirectNotice } from "~/components/notice";
import { nlLearning } from "~/i18n/slices";
import { CONTRIBUTION_MAX, DISPLAY_NAME_MAX } from "~/lib/module-parts";
import { ChoiceGroup } from "./choice-group";

type Kind = keyof typeof nlLearning.learning.contributions.kinds;
type Perspective = keyof typeof nlLearning.learning.contributions.perspectives;

export interface ShownContribution {
  id: string;
  kind: Kind;
  perspective: Perspective;
  displayName: string | null;
  text: string;
}

const t = nlLearning.learning.contributions;

// One contribution as plain text (React escapes it); the voice says who speaks, the name only if given.
export function ContributionItem({ item, status }: { item: ShownContribution; status?: string }) {
  return (
    <li className={`contribution contribution--${item.kind}`}>
      <p className="contribution__kind">
        {t.kinds[item.kind]}
        {status ? <span className="tag">{status}</span> : null}
      </p>
      <p className="contribution__text">{item.text}</p>
      <p className="contribution__by muted">{t.byline(t.perspectives[item.perspective], item.displayName)}</p>
    </li>
  );
}

export function ContributionList({ items }: { items: ShownContribution[] }) {
  return (
    <section aria-labelledby="inbreng">
      <h2 id="inbreng">{t.title}</h2>
      <p>{t.intro}</p>
      {items.length === 0 ? (
        <p className="muted">{t.empty}</p>
      ) : (
        <ul className="contribution-list">
          {items.map((item) => (
            <ContributionItem key={item.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

interface FormProps {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  own: (ShownContribution & { status: "pending" | "rejected" | "approved" })[];
}

export function ContributionForm({ errors, values, own }: FormProps) {
  return (
    <section aria-labelledby="deel-ervaring" className="contribution-form">
      <h2 id="deel-ervaring">{t.formTitle}</h2>
      <RedirectNotice messages={{ inbreng: t.sent }} />
      <p>{t.formIntro}</p>
      {own.length > 0 ? (
        <>
          <h3>{t.mine}</h3>
          <ul className="contribution-list">
            {own.map((item) => (
              <ContributionItem key={item.id} item={item} status={t.statuses[item.status]} />
            ))}
          </ul>
        </>
      ) : null}
      <ErrorSummary errors={errors} message={nlLearning.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <ChoiceGroup
          name="kind"
          legend={t.kind}
          defaultValue={values?.kind}
          error={errors?.kind}
          options={(["do", "dont", "story"] as const).map((value) => ({ value, label: t.kinds[value] }))}
        />
        <ChoiceGroup
          name="perspective"
          legend={t.perspective}
          defaultValue={values?.perspective}
          error={errors?.perspective}
          options={(["parent", "youth", "expert"] as const).map((value) => ({ value, label: t.perspectives[value] }))}
        />
        <Field name="displayName" label={t.displayName} hint={t.displayNameHint} defaultValue={values?.displayName} error={errors?.displayName} maxLength={DISPLAY_NAME_MAX} />
        <Field name="text" label={t.text} hint={t.textHint(CONTRIBUTION_MAX)} defaultValue={values?.text} error={errors?.text} maxLength={CONTRIBUTION_MAX} required multiline />
        <div className="actions">
          <button type="submit" name="intent" value="contribution">
            {t.submit}
          </button>
        </div>
      </Form>
    </section>
  );
}
