// /groepen: my groups and the open groups I can join, filtered by theme and network slugs; and the
// groups on a theme, for the agenda's decisions and history.
import { asc, inArray } from "drizzle-orm";
import { groups } from "~db/schema";
import { db, sqlite } from "~/db.server";
import type { GroupRole, GroupStatus } from "~/lib/groups/constants";

export interface GroupSummary {
  id: string;
  name: string;
  status: GroupStatus;
  themeTitle: string;
  networkName: string | null;
  startsOn: string;
  endsOn: string;
  maxSize: number;
  members: number;
  inviteCode: string | null;
  myRole: GroupRole | null;
}

export function listGroupsFor(userId: string, filter: { themeSlug: string | null; networkSlug: string | null }) {
  const rows = sqlite
    .prepare<[string, string | null, string | null, string | null, string | null], GroupSummary>(`
      select g.id, g.name, g.status, t.title as themeTitle, n.name as networkName, g.starts_on as startsOn, g.ends_on as endsOn,
        g.max_size as maxSize, g.invite_code as inviteCode, mine.role as myRole,
        (select count(*) from group_members c where c.group_id = g.id) as members
      from groups g
      join themes t on t.id = g.theme_id
      left join networks n on n.id = g.network_id
      left join group_members mine on mine.group_id = g.id and mine.user_id = ?
      where (? is null or t.slug = ?) and (? is null or n.slug = ?)
        and (mine.role is not null or (g.status = 'active' and g.invite_code is not null))
      order by g.status, g.starts_on desc, g.name
      limit 300`)
    .all(userId, filter.themeSlug, filter.themeSlug, filter.networkSlug, filter.networkSlug);
  return {
    mine: rows.filter((g) => g.myRole !== null),
    open: rows.filter((g) => g.myRole === null && g.members < g.maxSize).map((g) => ({ ...g, inviteCode: g.inviteCode ?? "" })),
  };
}

// Every group on these themes, oldest first.
export function listGroupsOnThemes(themeIds: string[]) {
  if (themeIds.length === 0) return [];
  return db
    .select({ id: groups.id, name: groups.name, themeId: groups.themeId, status: groups.status, lessonsLearned: groups.lessonsLearned, startsOn: groups.startsOn })
    .from(groups)
    .where(inArray(groups.themeId, themeIds))
    .orderBy(asc(groups.startsOn))
    .all();
}

// Networks by slug, for the filter (the URL speaks slugs: ?netwerk=gelderland).
export function listNetworkChoices() {
  return sqlite.prepare<[], { slug: string; name: string }>("select slug, name from networks order by name").all();
}
