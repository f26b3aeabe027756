import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/auth.server";
import { nl } from "~/i18n/nl";
import { csvResponse, toCsv, type Cell } from "~/lib/csv";
import { requirePoll } from "~/models/webinars/access.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  const { page } = requirePoll(params.webinarId, params.pollId);
  const { poll } = page;
  const rows: Cell[][] = [[...nl.polls.csvHeader]];
  if (poll.type === "scale") {
    poll.distribution.forEach((count, i) => rows.push([poll.question, nl.vote.scaleLabels[i], page.options[0]?.theme ?? "", count, null, null]));
  } else {
    for (const option of poll.options) {
      const theme = page.options.find((o) => o.id === option.id)?.theme ?? "";
      rows.push([poll.question, option.label, theme, option.count, poll.type === "ranking" ? option.points : null, option.percent]);
    }
  }
  if (page.answers.length > 0) {
    rows.push([], [...nl.polls.csvAnswersHeader]);
    for (const a of page.answers) rows.push([poll.question, a.text, a.hidden ? nl.agenda.yes : nl.agenda.no, a.theme ?? ""]);
  }
  if (page.named.length > 0) {
    rows.push([], [...nl.polls.csvVotersHeader]);
    for (const v of page.named) rows.push([v.name, v.vote]);
  }
  return csvResponse(toCsv(rows), `peiling-${poll.id}.csv`);
}
