import { FieldHelp, describedByFor } from "~/components/field";

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
  const describedBy = describedByFor(id, hint, error);
  return (
    <fieldset className="field" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <FieldHelp id={id} hint={hint} error={error} />
      {options.map((option, i) => (
        <label key={option.value} className="choice">
          <input type="radio" name={name} value={option.value} defaultChecked={option.value === defaultValue} id={i === 0 ? id : undefined} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
