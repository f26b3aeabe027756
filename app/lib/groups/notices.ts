// What the group page says plainly about its make-up: learning across organisations, with the
// voice of experiential experts.
export interface MemberMakeUp {
  role: "professional" | "expert" | "facilitator";
  organisationId: string | null;
}

export function groupNotices(members: MemberMakeUp[]) {
  const organisations = new Set(members.map((m) => m.organisationId ?? "onbekend"));
  return {
    noExpert: !members.some((m) => m.role === "expert"),
    oneOrganisation: organisations.size <= 1,
  };
}

// Counts per factor, most reported first; ties in the fixed list's order.
export function rankFactors<F extends string>(rows: { factor: F; count: number }[], order: readonly F[]) {
  return [...rows].sort((a, b) => b.count - a.count || order.indexOf(a.factor) - order.indexOf(b.factor));
}
