// Group fixtures for integration tests: a group with a facilitator, a member, a step, log entries and a meeting.
import { addLogEntry } from "~/models/groups/log.server";
import { planMeeting } from "~/models/groups/meetings.server";
import { addStep } from "~/models/groups/steps.server";
import { addMember, createGroup } from "~/models/groups/groups.server";
import { createTestUser } from "./fixtures";

export const GROUP_FORM = {
  name: "Samen verklaren",
  themeId: "thema-verklarende-analyse",
  moduleSlug: "",
  intendedChange: "We maken de verklaring samen met het gezin.",
  networkId: "net-gelderland",
  startsOn: "2026-01-05",
  endsOn: "2026-06-30",
  rhythm: "Elke drie weken",
  maxSize: "12",
};

export async function makeGroup() {
  const facilitator = await createTestUser(["facilitator"], "Anouk Begeleider");
  const member = await createTestUser([], "Sanne Lid");
  const outsider = await createTestUser([], "Niet Lid");
  const coordinator = await createTestUser(["coordinator"], "Karim Coördinator");
  const groupId = createGroup({ ...GROUP_FORM, moduleSlug: null, maxSize: 12 }, facilitator.id);
  addMember(groupId, member.id, "professional");
  const stepId = addStep(groupId, { what: "Vaste vraag bij de intake", ownerIds: [member.id], dueOn: "2026-02-01", successSign: "Tien intakes" }, member.id) ?? "";
  const base = { loggedOn: "2026-01-20", stepId: null, helped: "", hindered: "", next: "", helpedFactors: [], hinderedFactors: [] };
  const privateLogEntry = addLogEntry(groupId, member.id, { ...base, did: "Alleen voor de groep bedoeld", hinderedFactors: ["time"], shared: false }) ?? "";
  const sharedLogEntry = addLogEntry(groupId, member.id, { ...base, did: "Dit delen we met het netwerk", shared: true }) ?? "";
  const meetingId = planMeeting(groupId, { plannedAt: Date.parse("2026-01-10T13:00:00Z"), agenda: "Kennismaken" });
  return { facilitator, member, outsider, coordinator, groupId, stepId, privateLogEntry, sharedLogEntry, meetingId };
}
