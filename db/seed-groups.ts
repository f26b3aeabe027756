// Demo action-learning groups, written in our own words. Sources: "Jeugdhulp Gelderland leert"
// (the first group on verklarende analyse), the Ketenbreed Leren infographic (its recommendations
// for the analysis) and "Samenvatting Geleerde lessen IDU-pilots" (one family, one plan).
// Dates are relative to the moment of seeding, so the demo always looks current.
import { eq } from "drizzle-orm";
import { writeLogEntry } from "../app/models/groups/log.server";
import { groupMembers, groups, meetings, stepOwners, stepStatusChanges, steps, users } from "./schema";
import type { SeedDb } from "./seed-reference";
import { CLOSED_GROUP_LOG_ENTRIES, CLOSED_GROUP_STEPS, DEMO_GROUP_LOG_ENTRIES, demoGroupSteps, type SeedLogEntry, type SeedStep } from "./seed-groups-content";

export const ACTIVE_DEMO_GROUP = "demo-groep-verklarende-analyse";
export const CLOSED_DEMO_GROUP = "demo-groep-een-gezin-een-plan";

// Two extra colleagues from other organisations, so the group learns across organisations.
export const EXTRA_DEMO_USERS = [
  { id: "demo-onderwijs", email: "onderwijs@demo.leercirkel.nl", name: "Eva Mulder", organisationId: "org-gld-onderwijs" },
  { id: "demo-jeugdbeschermer", email: "jeugdbeschermer@demo.leercirkel.nl", name: "Daan Kok", organisationId: "org-gld-gi" },
];

const DAY = 86_400_000;

function isoDay(now: number, days: number): string {
  return new Date(now + days * DAY).toISOString().slice(0, 10);
}

function at(now: number, days: number, hour = 10): Date {
  const d = new Date(now + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
}

function seedSteps(tx: SeedDb, groupId: string, list: SeedStep[], now: number) {
  for (const s of list) {
    const last = s.history[s.history.length - 1];
    const status = last?.[1] ?? "planned";
    tx.insert(steps)
      .values({ id: s.id, groupId, what: s.what, dueOn: isoDay(now, s.dueInDays), successSign: s.successSign, status, stopReason: status === "stopped" ? (last?.[2] ?? null) : null, createdBy: s.owners[0] ?? null, createdAt: at(now, s.history[0]?.[0] ?? 0) })
      .run();
    for (const userId of s.owners) tx.insert(stepOwners).values({ stepId: s.id, userId }).run();
    s.history.forEach(([days, to, reason], i) => {
      const from = i === 0 ? null : (s.history[i - 1]?.[1] ?? null);
      tx.insert(stepStatusChanges).values({ id: `${s.id}-${i}`, stepId: s.id, fromStatus: from, toStatus: to, reason: reason ?? null, changedBy: s.owners[0] ?? null, changedAt: at(now, days, 9 + i) }).run();
    });
  }
}

function seedLogEntries(tx: SeedDb, groupId: string, list: SeedLogEntry[], now: number) {
  list.forEach((n, i) => {
    writeLogEntry(
      tx,
      { id: `${groupId}-notitie-${i + 1}`, groupId, stepId: n.step ?? null, authorId: n.author, loggedOn: isoDay(now, -n.daysAgo), did: n.did, helped: n.helped ?? "", hindered: n.hindered ?? "", next: n.next ?? "", shared: n.shared ?? false, createdAt: at(now, -n.daysAgo, 16) },
      { helped: n.helpedFactors ?? [], hindered: n.hinderedFactors ?? [] },
    );
  });
}

export function seedGroups(db: SeedDb, now: number = Date.now()) {
  if (db.select({ id: groups.id }).from(groups).where(eq(groups.id, ACTIVE_DEMO_GROUP)).get()) return;
  const passwordHash = db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, "demo-deelnemer")).get()?.hash;
  if (!passwordHash) return;
  db.transaction((tx) => {
    for (const u of EXTRA_DEMO_USERS) tx.insert(users).values({ ...u, passwordHash, networkId: "net-gelderland" }).onConflictDoNothing().run();

    tx.insert(groups)
      .values({
        id: ACTIVE_DEMO_GROUP,
        name: "Samen verklaren in Arnhem en Nijmegen",
        themeId: "thema-verklarende-analyse",
        moduleSlug: "verklarende-analyse",
        intendedChange:
          "Bij elk gezin waar we samen aan werken, maken we eerst met de jeugdige en de ouders een verklaring van wat er speelt, in hun eigen woorden. Pas daarna kiezen we hulp. Elke drie maanden kijken we samen of de verklaring nog klopt.",
        networkId: "net-gelderland",
        startsOn: isoDay(now, -42),
        endsOn: isoDay(now, 70),
        rhythm: "Elke drie weken op dinsdagmiddag",
        maxSize: 12,
        inviteCode: "demo-verklaren",
        createdBy: "demo-begeleider",
        createdAt: at(now, -43),
      })
      .run();
    const members: [string, "facilitator" | "professional" | "expert", number][] = [
      ["demo-begeleider", "facilitator", -43],
      ["demo-deelnemer", "professional", -42],
      ["demo-ervaringsdeskundige", "expert", -42],
      ["demo-onderwijs", "professional", -41],
      ["demo-jeugdbeschermer", "professional", -40],
    ];
    for (const [userId, role, days] of members) tx.insert(groupMembers).values({ groupId: ACTIVE_DEMO_GROUP, userId, role, joinedAt: at(now, days) }).run();
    seedSteps(tx, ACTIVE_DEMO_GROUP, demoGroupSteps((7 - new Date(now).getUTCDay()) % 7), now);
    seedLogEntries(tx, ACTIVE_DEMO_GROUP, DEMO_GROUP_LOG_ENTRIES, now);
    tx.insert(meetings)
      .values([
        { id: "demo-bijeenkomst-1", groupId: ACTIVE_DEMO_GROUP, plannedAt: at(now, -35, 13), agenda: "Kennismaken. Wat verstaan wij onder een verklarende analyse? Welke stappen spreken we af?", learned: "We bedoelen niet allemaal hetzelfde met een analyse. Mo liet zien hoe het voelt als ouders de verklaring pas achteraf horen.", adapt: "We schrijven de verklaring voortaan in woorden die het gezin zelf gebruikt.", reflectedBy: "demo-begeleider" },
        { id: "demo-bijeenkomst-2", groupId: ACTIVE_DEMO_GROUP, plannedAt: at(now, -14, 13), agenda: "Eerste ervaringen met de vaste vraag bij de intake. Wat doen we met het dossiersysteem?", learned: "De vaste vraag werkt: ouders vertellen meer over wat er thuis speelt. Een formulier in het systeem lukt dit jaar niet.", adapt: "We stoppen met het formulier en gebruiken een werkblad op papier.", reflectedBy: "demo-deelnemer" },
        { id: "demo-bijeenkomst-3", groupId: ACTIVE_DEMO_GROUP, plannedAt: at(now, 7, 13), agenda: "Wat leren we van de drie gezinnen? Hoe denkt school mee? Voorbereiding van de casus voor het expertteam." },
      ])
      .run();

    tx.insert(groups)
      .values({
        id: CLOSED_DEMO_GROUP,
        name: "Eén gezin, één plan in de Achterhoek",
        themeId: "thema-samenwerking",
        intendedChange: "Als meerdere organisaties bij een gezin betrokken zijn, is er één plan en weet iedereen wie de regie heeft.",
        networkId: "net-gelderland",
        startsOn: isoDay(now, -200),
        endsOn: isoDay(now, -30),
        rhythm: "Eens per maand op donderdagochtend",
        maxSize: 10,
        status: "closed",
        lessonsLearned:
          "Eén plan lukt alleen als we aan het begin samen afspreken wie de regie heeft en dat opschrijven. Vraag ouders wie zij als regisseur zien. Privacyregels waren vaker een reden om niets te delen dan nodig was: vraag het gezin om toestemming en leg uit waarom. Plan vaste tijd in voor overleg, anders schuift het steeds op.",
        closedAt: at(now, -28),
        createdBy: "demo-begeleider",
        createdAt: at(now, -201),
      })
      .run();
    for (const [userId, role] of [["demo-begeleider", "facilitator"], ["demo-deelnemer", "professional"], ["demo-jeugdbeschermer", "professional"]] as const) {
      tx.insert(groupMembers).values({ groupId: CLOSED_DEMO_GROUP, userId, role, joinedAt: at(now, -200) }).run();
    }
    seedSteps(tx, CLOSED_DEMO_GROUP, CLOSED_GROUP_STEPS, now);
    seedLogEntries(tx, CLOSED_DEMO_GROUP, CLOSED_GROUP_LOG_ENTRIES, now);
  });
}
