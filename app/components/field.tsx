import type { ReactNode } from "react";

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  multiline?: boolean;
  children?: ReactNode;
}

// The ids of a field's hint and error, for aria-describedby.
export function describedByFor(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

// A field's hint and error, with the ids describedByFor names.
export function FieldHelp({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
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
    </>
  );
}

// A labelled input with its hint and error tied to it for screen readers.
export function Field({ name, label, error, hint, type = "text", multiline, children, ...rest }: FieldProps) {
  const id = `veld-${name}`;
  const describedBy = describedByFor(id, hint, error);
  const common = { id, name, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, ...rest };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldHelp id={id} hint={hint} error={error} />
      {children ? (
        <select {...common}>{children}</select>
      ) : multiline ? (
        <textarea {...common} />
      ) : (
        <input type={type} {...common} />
      )}
    </div>
  );
}

// The summary above a form: each field's message links to that field, whose id is `veld-<name>`.
export function ErrorSummary({ errors, message }: { errors?: Record<string, string>; message: string }) {
  if (!errors || Object.keys(errors).length === 0) return null;
  const fields = Object.entries(errors).filter(([name]) => name !== "form");
  return (
    <div className="notice notice--error" role="alert">
      <p>{errors.form ?? message}</p>
      {fields.length > 0 ? (
        <ul className="error-summary">
          {fields.map(([name, error]) => (
            <li key={name}>
              <a href={`#veld-${name}`}>{error}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
