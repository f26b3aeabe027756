import { nl } from "~/i18n/nl";
import type { Factor } from "~/lib/groups/constants";

// The factor tags of a log entry, labelled so a screen reader hears what kind they are.
export function FactorTags({ label, factors, tone }: { label: string; factors: readonly Factor[]; tone: "ok" | "warn" }) {
  if (factors.length === 0) return null;
  return (
    <p className="factor-tags">
      <span className="visually-hidden">{label}: </span>
      {factors.map((factor) => (
        <span key={factor} className={`tag tag--${tone}`}>
          {nl.groups.factors[factor]}
        </span>
      ))}
    </p>
  );
}
