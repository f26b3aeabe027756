import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/auth.server";
import { csvResponse, toCsv } from "~/lib/csv";
import { csvRows, filterFigures, overviewFilter } from "~/lib/groups/overview";
import { allGroupFigures } from "~/models/groups/overview.server";

// /groepen/overzicht.csv: the overview's figures for every group matching the filter.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "coordinator");
  const rows = filterFigures(allGroupFigures(), overviewFilter(new URL(request.url).searchParams));
  return csvResponse(toCsv(csvRows(rows)), "leercirkel-groepen.csv");
}
