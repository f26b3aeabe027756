import { Form } from "@remix-run/react";
import { ErrorSummary, Field } from "~/components/field";
import { nlLearning } from "~/i18n/slices";
import { LOOK_BACK_TEXT_MAX } from "~/lib/module-parts";
import { ChoiceGroup } from "./choice-group";

const t = nlLearning.learning.lookBack;

// How did the commitment go? Posts to the look-back page, which also shows errors.
export function LookBackForm({ commitmentId, errors, values }: { commitmentId: string; errors?: Record<string, string>; values?: Record<string, string> }) {
  return (
    <>
      <ErrorSummary errors={errors} message={nlLearning.form.errorSummary} />
      <Form method="post" action={`/voornemens/${commitmentId}/terugblik`} className="stack" noValidate>
        <ChoiceGroup
          name="outcome"
          legend={t.outcome}
          defaultValue={values?.outcome}
          error={errors?.outcome}
          options={(["done", "partly", "not_yet"] as const).map((value) => ({ value, label: t.outcomes[value] }))}
        />
        <p className="hint">
          {t.shared}
        </p>
        <Field name="helped" label={t.helped} defaultValue={values?.helped} error={errors?.helped} maxLength={LOOK_BACK_TEXT_MAX} multiline />
        <Field name="hindered" label={t.hindered} defaultValue={values?.hindered} error={errors?.hindered} maxLength={LOOK_BACK_TEXT_MAX} multiline />
        <div className="actions">
          <button type="submit">{t.submit}</button>
        </div>
      </Form>
    </>
  );
}
