import { Form } from "@remix-run/react";
import { ErrorSummary, Field } from "~/components/field";
import { nl } from "~/i18n/nl";

interface Answer {
  id: string;
  text: string;
  hidden: boolean;
  theme: string | null;
  name: string | null;
}

// Hide or show one answer; each button is its own small form.
export function AnswerList({ answers }: { answers: Answer[] }) {
  if (answers.length === 0) return <p>{nl.polls.noAnswers}</p>;
  return (
    <ul className="answer-admin">
      {answers.map((a) => (
        <li key={a.id} className={a.hidden ? "answer-admin__item answer-admin__item--hidden" : "answer-admin__item"}>
          <span>
            {a.text}
            {a.name ? <span className="muted"> ({a.name})</span> : null}{" "}
            {a.hidden ? <span className="tag tag--warn">{nl.polls.hiddenAnswer}</span> : null}{" "}
            {a.theme ? <span className="tag tag--ok">{nl.polls.mergedInto(a.theme)}</span> : null}
          </span>
          <Form method="post">
            <input type="hidden" name="intent" value={a.hidden ? "show-answer" : "hide-answer"} />
            <input type="hidden" name="voteId" value={a.id} />
            <button type="submit" className="link-button" aria-label={`${a.hidden ? nl.polls.showAnswer : nl.polls.hideAnswer}: ${a.text}`}>
              {a.hidden ? nl.polls.showAnswer : nl.polls.hideAnswer}
            </button>
          </Form>
        </li>
      ))}
    </ul>
  );
}

interface MergeFormProps {
  answers: Answer[];
  themes: { id: string; title: string }[];
  errors?: Record<string, string>;
  values?: Record<string, string>;
}

// Several answers that say the same thing become support for one (existing or new) candidate theme.
export function MergeAnswersForm({ answers, themes, errors, values }: MergeFormProps) {
  const visible = answers.filter((a) => !a.hidden);
  if (visible.length === 0) return null;
  return (
    <>
      <ErrorSummary errors={errors} message={nl.form.errorSummary} />
      <Form method="post" className="stack merge-form">
        <input type="hidden" name="intent" value="merge" />
        <fieldset id="veld-voteIds">
          <legend>{nl.polls.mergeTitle}</legend>
          <p className="hint">{nl.polls.mergeIntro}</p>
          {errors?.voteIds ? <p className="field-error">{errors.voteIds}</p> : null}
          {visible.map((a) => (
            <label key={a.id} className="choice">
              <input type="checkbox" name="voteIds" value={a.id} aria-label={nl.polls.mergeSelect(a.text)} />
              {a.text}
            </label>
          ))}
        </fieldset>
        <Field name="themeId" label={nl.polls.mergeExisting} error={errors?.themeId} defaultValue={values?.themeId ?? ""}>
          <option value="">{nl.polls.mergeChoose}</option>
          {themes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </Field>
        <Field name="newTitle" label={nl.polls.mergeNewTitle} error={errors?.newTitle} defaultValue={values?.newTitle} maxLength={80} />
        <Field name="reason" label={nl.polls.mergeReason} error={errors?.reason} defaultValue={values?.reason} maxLength={500} multiline />
        <div className="actions">
          <button type="submit">{nl.polls.mergeSubmit}</button>
        </div>
      </Form>
    </>
  );
}
