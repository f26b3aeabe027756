import { Link } from "@remix-run/react";
import { nl } from "~/i18n/nl";
import { formatDay } from "~/lib/dates";
import type { GroupStatus } from "~/lib/groups/constants";

export interface HeaderGroup {
  id: string;
  name: string;
  status: GroupStatus;
  themeTitle: string;
  networkName: string | null;
  startsOn: string;
  endsOn: string;
}

// The group's name with its theme and period, and a way back to the group page.
export function GroupHeader({ group, title, backLink = true }: { group: HeaderGroup; title?: string; backLink?: boolean }) {
  const t = nl.groups.list;
  return (
    <header className="group-header">
      {backLink ? (
        <p className="breadcrumb">
          <Link to={`/groepen/${group.id}`}>{group.name}</Link>
        </p>
      ) : null}
      <h1>{title ?? group.name}</h1>
      <p className="muted">
        {group.themeTitle} · {group.networkName ?? t.noNetwork} · {t.periodValue(formatDay(group.startsOn), formatDay(group.endsOn))}{" "}
        <span className={group.status === "active" ? "tag tag--ok" : "tag"}>{t.status[group.status]}</span>
      </p>
    </header>
  );
}
