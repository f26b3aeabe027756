import { Form } from "@remix-run/react";
import { ErrorSummary, Field, FieldHelp, describedByFor } from "~/components/field";
import { nlLearning } from "~/i18n/slices";
import { formatDay } from "~/lib/dates";
import { COMMITMENT_MAX } from "~/lib/module-parts";

interface Commitment {
  id: string;
  text: string;
  lookBackOn: string | null;
  lookBackOutcome: string | null;
}

export function CommitmentList({ commitments }: { commitments: Commitment[] }) {
  if (commitments.length === 0) return null;
  return (
    <section aria-labelledby="mijn-voornemens">
      <h2 id="mijn-voornemens">{nlLearning.learning.commitment.mine}</h2>
      <ul className="commitment-list">
        {commitments.map((c) => (
          <li key={c.id} className="card">
            <p className="commitment-list__text">{c.text}</p>
            {c.lookBackOutcome ? (
              <p className="muted">{nlLearning.learning.commitment.lookedBack}</p>
            ) : c.lookBackOn ? (
              <p className="muted">{nlLearning.learning.commitment.lookBackOnDay(formatDay(c.lookBackOn))}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

interface FormProps {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  hasCommitment: boolean;
  partDone: boolean;
  minDay: string;
  submissionId: string;
}

// Part 5: "what will you do differently tomorrow?", with an optional day to look back.
export function CommitmentForm({ errors, values, hasCommitment, partDone, minDay, submissionId }: FormProps) {
  return (
    <>
      <ErrorSummary errors={errors} message={nlLearning.form.errorSummary} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="submissionId" value={values?.submissionId ?? submissionId} />
        <Field
          name="text"
          label={nlLearning.learning.commitment.text}
          hint={nlLearning.learning.commitment.textHint}
          defaultValue={values?.text}
          error={errors?.text}
          maxLength={COMMITMENT_MAX}
          required
          multiline
        />
        <div className="field">
          <label htmlFor="veld-lookBackOn">{nlLearning.learning.commitment.lookBackOn}</label>
          <FieldHelp id="veld-lookBackOn" hint={nlLearning.learning.commitment.lookBackHint} error={errors?.lookBackOn} />
          <input
            id="veld-lookBackOn"
            name="lookBackOn"
            type="date"
            min={minDay}
            defaultValue={values?.lookBackOn}
            aria-invalid={errors?.lookBackOn ? true : undefined}
            aria-describedby={describedByFor("veld-lookBackOn", nlLearning.learning.commitment.lookBackHint, errors?.lookBackOn)}
            className="date-input"
          />
        </div>
        <div className="actions">
          <button type="submit" name="intent" value="commitment">
            {hasCommitment ? nlLearning.learning.commitment.submitAgain : nlLearning.learning.commitment.submit}
          </button>
        </div>
      </Form>
      {partDone ? null : (
        <Form method="post" className="actions finish-without">
          <button type="submit" name="intent" value="finish" className="button--secondary">
            {nlLearning.learning.commitment.finishWithout}
          </button>
        </Form>
      )}
    </>
  );
}
