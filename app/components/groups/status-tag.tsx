import { nl } from "~/i18n/nl";
import type { StepStatus } from "~/lib/groups/constants";

const TONE: Record<StepStatus, string> = { planned: "tag", in_progress: "tag tag--info", done: "tag tag--ok", stopped: "tag tag--stopped" };

export function StatusTag({ status }: { status: StepStatus }) {
  return <span className={TONE[status]}>{nl.groups.steps.statuses[status]}</span>;
}

export function OverdueTag() {
  return <span className="tag tag--warn">{nl.groups.steps.overdue}</span>;
}
