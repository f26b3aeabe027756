import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/auth.server";
import { toCsv } from "~/lib/groups/csv";
import { csvRows, filterFigures, overviewFilter } from "~/lib/groups/overview";
import { allGroupFigures } from "~/models/groups/overview.server";

// /groepen/overzicht.csv: the overview's figures for every group matching the filter.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  const rows = filterFigures(allGroupFigures(), overviewFilter(new URL(request.url).searchParams));
  return new Response(toCsv(csvRows(rows)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="leercirkel-groepen.csv"',
      "Cache-Control": "no-store",
    },
  });
}
