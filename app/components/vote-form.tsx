import { Form } from "@remix-run/react";
import { nl } from "~/i18n/nl";
import type { VotePayload } from "~/lib/poll-tally";
import type { Ballot } from "~/lib/poll-view";
import { OPEN_ANSWER_MAX } from "~/lib/vote-input";

interface VoteFormProps {
  poll: Ballot;
  current: VotePayload | null;
  error?: string;
  values?: Record<string, string[]>;
}

function chosen(current: VotePayload | null, values: Record<string, string[]> | undefined, id: string): boolean {
  if (values) return values.option?.includes(id) ?? false;
  return current !== null && "optionIds" in current && current.optionIds.includes(id);
}

function place(current: VotePayload | null, values: Record<string, string[]> | undefined, id: string): string {
  if (values) return values[`place-${id}`]?.[0] ?? "";
  if (!current || !("ranking" in current)) return "";
  const index = current.ranking.indexOf(id);
  return index >= 0 ? String(index + 1) : "";
}

function Inputs({ poll, current, values, describedBy }: VoteFormProps & { describedBy?: string }) {
  if (poll.type === "open") {
    const text = values?.answer?.[0] ?? (current && "text" in current ? current.text : "");
    return (
      <div className="field">
        <label htmlFor={`answer-${poll.id}`}>{nl.vote.answer}</label>
        <span id={`answer-${poll.id}-hint`} className="hint">
          {nl.vote.answerHint(OPEN_ANSWER_MAX)}
        </span>
        <textarea
          id={`answer-${poll.id}`}
          name="answer"
          maxLength={OPEN_ANSWER_MAX}
          defaultValue={text}
          aria-describedby={[`answer-${poll.id}-hint`, describedBy].filter(Boolean).join(" ")}
          aria-invalid={describedBy ? true : undefined}
          className="vote-answer"
        />
      </div>
    );
  }
  if (poll.type === "scale") {
    const score = values?.score?.[0] ?? (current && "scale" in current ? String(current.scale) : "");
    return (
      <div className="scale-choices">
        {nl.vote.scaleLabels.map((label, index) => (
          <label key={label} className="choice choice--large">
            <input type="radio" name="score" value={index + 1} defaultChecked={score === String(index + 1)} />
            {label}
          </label>
        ))}
      </div>
    );
  }
  if (poll.type === "ranking") {
    return (
      <div className="stack">
        {poll.options.map((option) => (
          <div key={option.id} className="field">
            <label htmlFor={`place-${option.id}`}>{nl.vote.rankPlace(option.label)}</label>
            <select id={`place-${option.id}`} name={`place-${option.id}`} defaultValue={place(current, values, option.id)}>
              <option value="">{nl.vote.rankNone}</option>
              {poll.options.map((_, index) => (
                <option key={index} value={index + 1}>
                  {index + 1}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    );
  }
  const type = poll.type === "single" ? "radio" : "checkbox";
  return (
    <>
      {poll.options.map((option) => (
        <label key={option.id} className="choice choice--large">
          <input type={type} name="option" value={option.id} defaultChecked={chosen(current, values, option.id)} />
          {option.label}
        </label>
      ))}
    </>
  );
}

function hintFor(poll: Ballot): string | null {
  if (poll.type === "multiple") return nl.vote.chooseHint(poll.maxChoices);
  if (poll.type === "ranking") return nl.vote.rankHint;
  if (poll.type === "scale") return nl.vote.scaleLegend;
  return null;
}

// A plain HTML form post (reloadDocument): it works without JavaScript and is served by the fast path.
export function VoteForm(props: VoteFormProps) {
  const { poll, current, error } = props;
  const errorId = error ? `fout-${poll.id}` : undefined;
  const hint = hintFor(poll);
  const hintId = hint ? `uitleg-${poll.id}` : undefined;
  return (
    <Form method="post" reloadDocument className="vote-form stack">
      <input type="hidden" name="pollId" value={poll.id} />
      <fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
        <legend className="vote-form__question">{poll.question}</legend>
        {hint ? (
          <p id={hintId} className="hint">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <Inputs {...props} describedBy={poll.type === "open" ? errorId : undefined} />
      </fieldset>
      {!poll.anonymous ? <p className="hint">{nl.vote.named}</p> : null}
      <button type="submit" className="vote-form__submit">
        {current ? nl.vote.change : nl.vote.submit}
      </button>
    </Form>
  );
}
