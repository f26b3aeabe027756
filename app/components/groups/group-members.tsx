import { nl } from "~/i18n/nl";
import type { GroupRole } from "~/lib/groups/constants";

interface MemberItem {
  userId: string;
  name: string;
  role: GroupRole;
  organisation: string | null;
}

export function GroupMembers({ members }: { members: MemberItem[] }) {
  return (
    <section aria-labelledby="deelnemers">
      <h2 id="deelnemers">{nl.groups.page.members}</h2>
      <ul className="member-list">
        {members.map((m) => (
          <li key={m.userId}>
            <span className="member-list__name">{m.name}</span> <span className={m.role === "expert" ? "tag tag--voice" : "tag"}>{nl.groups.list.roles[m.role]}</span>
            {m.organisation ? <span className="muted"> · {m.organisation}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
