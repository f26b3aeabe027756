import { nl } from "~/i18n/nl";
import { FACTORS } from "~/lib/groups/constants";

// A group of checkboxes for the fixed list of helping or hindering factors.
export function FactorFieldset({ name, legend, checked, error }: { name: string; legend: string; checked: readonly string[]; error?: string }) {
  const errorId = `${name}-error`;
  return (
    <fieldset id={`veld-${name}`} aria-describedby={error ? errorId : `${name}-hint`}>
      <legend>{legend}</legend>
      <p id={`${name}-hint`} className="hint">
        {nl.groups.logEntries.factorsHint}
      </p>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      <div className="choice-grid">
        {FACTORS.map((factor) => (
          <label key={factor} className="choice">
            <input type="checkbox" name={name} value={factor} defaultChecked={checked.includes(factor)} />
            {nl.groups.factors[factor]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
