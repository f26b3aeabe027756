import { Link } from "@remix-run/react";
import { nl } from "~/i18n/nl";
import type { StepStatus } from "~/lib/groups/constants";
import { formatDay } from "~/lib/dates";
import { OverdueTag, StatusTag } from "./status-tag";

export interface StepItem {
  id: string;
  what: string;
  dueOn: string;
  status: StepStatus;
  owners: { userId: string; name: string }[];
}

export function StepList({ groupId, steps, today }: { groupId: string; steps: StepItem[]; today: string }) {
  return (
    <ul className="item-list">
      {steps.map((step) => {
        const open = step.status === "planned" || step.status === "in_progress";
        return (
          <li key={step.id}>
            <Link to={`/groepen/${groupId}/stappen/${step.id}`} className="item-list__title">
              {step.what}
            </Link>
            <p className="item-list__meta">
              <StatusTag status={step.status} /> {open && step.dueOn < today ? <OverdueTag /> : null}{" "}
              {nl.groups.steps.due(formatDay(step.dueOn))} · {step.owners.length > 0 ? step.owners.map((o) => o.name).join(", ") : nl.groups.list.nobody}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
