import { Link } from "@remix-run/react";
import { nl } from "~/i18n/nl";
import { formatDay } from "~/lib/dates";
import type { GroupRole } from "~/lib/groups/constants";
import type { HeaderGroup } from "./group-header";

interface CardGroup extends HeaderGroup {
  maxSize: number;
  members: number;
  myRole: GroupRole | null;
}

// One group in a list; the link goes to the group or, for open groups, to the join page.
export function GroupCard({ group, href, linkText }: { group: CardGroup; href: string; linkText: string }) {
  const t = nl.groups.list;
  return (
    <li className="card">
      <h3>
        <Link to={href} aria-label={linkText}>
          {group.name}
        </Link>
      </h3>
      <p className="muted">
        {group.themeTitle} · {group.networkName ?? t.noNetwork}
      </p>
      <p>
        {t.periodValue(formatDay(group.startsOn), formatDay(group.endsOn))}
        <br />
        {t.memberCount(group.members, group.maxSize)}
      </p>
      <p>
        <span className={group.status === "active" ? "tag tag--ok" : "tag"}>{t.status[group.status]}</span>{" "}
        {group.myRole ? <span className="tag">{t.yourRole(nl.groups.list.roles[group.myRole])}</span> : null}
      </p>
    </li>
  );
}
