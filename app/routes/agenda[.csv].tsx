import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/auth.server";
import { nl } from "~/i18n/nl";
import { csvResponse, toCsv, type Cell } from "~/lib/csv";
import { loadAgenda } from "~/models/webinars/agenda.server";
import { listNetworks } from "~/models/accounts/reference.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  const asked = new URL(request.url).searchParams.get("netwerk");
  const networks = listNetworks();
  const networkId = networks.find((n) => n.id === asked)?.id;
  const names = new Map(networks.map((n) => [n.id, n.name]));
  const agenda = loadAgenda({ networkId });
  const rows: Cell[][] = [[...nl.agenda.csvHeader]];
  agenda.ranked.forEach((t, i) => {
    rows.push([
      i + 1,
      t.title,
      nl.agenda.status.candidate,
      Math.round(t.score * 1000) / 1000,
      t.pollCount,
      t.webinarCount,
      t.voters,
      t.networkIds.map((id) => names.get(id) ?? id).join(", "),
      t.shared ? nl.agenda.yes : nl.agenda.no,
      t.signals.modulesCompleted,
      t.signals.activeGroups,
    ]);
  });
  for (const t of agenda.unsupported) rows.push([null, t.title, nl.agenda.status.candidate, 0, 0, 0, 0, "", nl.agenda.no, t.signals.modulesCompleted, t.signals.activeGroups]);
  for (const t of agenda.chosen) rows.push([null, t.title, nl.agenda.status[t.status], null, null, null, null, null, null, null, null]);
  const suffix = networkId ? `-${networkId.replace(/^net-/, "")}` : "";
  return csvResponse(toCsv(rows), `agenda${suffix}.csv`);
}
