import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GroupHeader } from "~/components/groups/group-header";
import { LogEntry } from "~/components/groups/log-entry";
import { Pager, pageFrom } from "~/components/groups/pager";
import { nl } from "~/i18n/nl";
import { requireGroupMember } from "~/models/groups/access.server";
import { groupHeader } from "~/models/groups/groups.server";
import { listLogEntries, logEntryCount } from "~/models/groups/log.server";

export const meta: MetaFunction = () => [{ title: `${nl.groups.logEntries.allTitle} | ${nl.appName}` }];

const PER_PAGE = 25;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { group } = await requireGroupMember(request, params.groupId);
  const page = pageFrom(new URL(request.url).searchParams);
  const total = logEntryCount(group.id);
  return json({ group: groupHeader(group), logEntries: listLogEntries(group.id, PER_PAGE, (page - 1) * PER_PAGE), page, pages: Math.max(1, Math.ceil(total / PER_PAGE)) });
}

export default function AllLogEntries() {
  const { group, logEntries, page, pages } = useLoaderData<typeof loader>();
  const t = nl.groups.logEntries;
  return (
    <div className="page narrow">
      <GroupHeader group={group} title={t.allTitle} />
      {group.status === "active" ? <p><Link className="button" to={`/groepen/${group.id}/notities/nieuw`}>{nl.groups.page.addLogEntry}</Link></p> : null}
      {logEntries.length === 0 ? <p>{nl.groups.page.logEmpty}</p> : logEntries.map((entry) => <LogEntry key={entry.id} entry={entry} headingLevel={3} />)}
      <Pager page={page} pages={pages} params={{}} label={t.allTitle} previous={t.newer} next={t.older} status={nl.common.pageOf(page, pages)} />
    </div>
  );
}
