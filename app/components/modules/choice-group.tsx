interface ChoiceGroupProps {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  error?: string;
  hint?: string;
}

// Radio buttons in a fieldset, with the error tied to the group for screen readers.
export function ChoiceGroup({ name, legend, options, defaultValue, error, hint }: ChoiceGroupProps) {
  const id = `veld-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="field" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {options.map((option, i) => (
        <label key={option.value} className="choice">
          <input type="radio" name={name} value={option.value} defaultChecked={option.value === defaultValue} id={i === 0 ? id : undefined} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
