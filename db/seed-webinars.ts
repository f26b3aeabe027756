// Demo webinars: a past webinar per network with closed polls (so the agenda has content on
// first start), the earlier decision for Verklarende analyse, and an upcoming webinar whose
// poll is open under a fixed code. Texts in our own words, after the seeds in ../shared/seeds.
import { eq } from "drizzle-orm";
import { addDays, calendarDay, parseMoment } from "../app/lib/dates";
import { agendaSnapshot, tallyVotes, type VotePayload } from "../app/lib/poll-tally";
import type { PollStatus, PollType } from "../app/lib/webinars/constants";
import { decisionPolls, decisions, pollOptions, polls, themes, votes, webinarThemes, webinars } from "./schema";
import type { SeedDb } from "./seed-reference";

export const DEMO_JOIN_CODE = "LEER26";
const DAY = 86_400_000;

type Ballot = number[] | { rank: number[] } | { scale: number } | { text: string; theme?: string; hidden?: boolean };

interface DemoPoll {
  id: string;
  question: string;
  type: PollType;
  maxChoices?: number;
  status: PollStatus;
  options: [string, string | null][];
  // One entry per voter; numbers point at the options above.
  ballots: Ballot[];
}

interface DemoWebinar {
  id: string;
  title: string;
  description: string;
  daysFromNow: number;
  presenter: string;
  networkId: string;
  joinCode: string;
  themeIds: string[];
  polls: DemoPoll[];
}

const rep = <B extends Ballot>(times: number, ballot: B): B[] => Array.from({ length: times }, () => ballot);

const WAITING = { id: "thema-wachttijd", slug: "wachttijd-overbruggen", title: "Wachttijd overbruggen" };

const WEBINARS: DemoWebinar[] = [
  {
    id: "demo-webinar-gelderland",
    title: "Ketenbreed leren in Gelderland: wat zien we in de casuïstiek?",
    description: "Terugblik op complexe situaties in de regio en de rode draden die daarin steeds terugkomen. Bron: Jeugdhulp Gelderland leert.",
    daysFromNow: -150,
    presenter: "Karim El Amrani",
    networkId: "net-gelderland",
    joinCode: "GLD4K7",
    themeIds: ["thema-verklarende-analyse", "thema-samenwerking"],
    polls: [
      {
        id: "demo-poll-gld-1",
        question: "Welk thema willen we als netwerk als eerste verdiepen?",
        type: "single",
        status: "closed",
        options: [["Verklarende analyse", "thema-verklarende-analyse"], ["Samenwerking rond het gezin", "thema-samenwerking"], ["Luisteren naar jeugdigen en ouders", "thema-luisteren"], ["Onderwijs", "thema-onderwijs"]],
        ballots: [...rep(14, [0]), ...rep(6, [1]), ...rep(5, [2]), ...rep(3, [3])],
      },
      {
        id: "demo-poll-gld-2",
        question: "Waar loop jij in je werk het vaakst op vast? Kies er twee.",
        type: "multiple",
        maxChoices: 2,
        status: "closed",
        options: [["Afspraken over wie wat doet rond een gezin", "thema-samenwerking"], ["School en onderwijs", "thema-onderwijs"], ["De eigen problemen van ouders", "thema-ouders"], ["Trauma", "thema-trauma"], ["Autisme", "thema-autisme"]],
        ballots: [...rep(8, [0, 1]), ...rep(5, [0, 2]), ...rep(4, [1, 3]), ...rep(3, [2, 4]), ...rep(2, [3, 1]), ...rep(2, [4, 0])],
      },
      {
        id: "demo-poll-gld-3",
        question: "Welk onderwerp mis je nog op de agenda?",
        type: "open",
        status: "closed",
        options: [],
        ballots: [
          { text: "Wat doe je als een gezin maanden op de wachtlijst staat?", theme: WAITING.id },
          { text: "Overbruggingshulp tijdens het wachten", theme: WAITING.id },
          { text: "Wachtlijsten en wat je intussen wel kunt doen", theme: WAITING.id },
          { text: "Ouders met eigen zorgen, zoals schulden", theme: "thema-ouders" },
          { text: "Steun voor ouders met psychische klachten", theme: "thema-ouders" },
          { text: "Meer over eetproblemen bij pubers" },
          { text: "Samenwerken met de huisarts" },
          { text: "Lunch was top", hidden: true },
        ],
      },
    ],
  },
  {
    id: "demo-webinar-utrecht",
    title: "Samen leren doen in Utrecht en Flevoland",
    description: "Wat leren professionals, ouders en jongeren van elkaar? Met voorbeelden uit leerbijeenkomsten. Bron: Samen leren doen in de jeugdhulp.",
    daysFromNow: -120,
    presenter: "Petra Visser",
    networkId: "net-utrecht-flevoland",
    joinCode: "UTF9M3",
    themeIds: ["thema-verklarende-analyse", "thema-luisteren"],
    polls: [
      {
        id: "demo-poll-uf-1",
        question: "Welk thema kiezen we voor de eerste korte leerinterventie?",
        type: "single",
        status: "closed",
        options: [["Verklarende analyse", "thema-verklarende-analyse"], ["Luisteren naar jeugdigen en ouders", "thema-luisteren"], ["Leren van casuïstiek", "thema-casuistiek"], ["Samenwerking rond het gezin", "thema-samenwerking"]],
        ballots: [...rep(17, [0]), ...rep(9, [1]), ...rep(6, [2]), ...rep(4, [3])],
      },
      {
        id: "demo-poll-uf-2",
        question: "Zet deze thema's in volgorde van belang voor jouw werk.",
        type: "ranking",
        status: "closed",
        options: [["Luisteren naar jeugdigen en ouders", "thema-luisteren"], ["Onderwijs", "thema-onderwijs"], ["Ouders ondersteunen", "thema-ouders"], ["Trauma", "thema-trauma"]],
        ballots: [...rep(7, { rank: [0, 2, 1, 3] }), ...rep(5, { rank: [1, 0, 3, 2] }), ...rep(4, { rank: [2, 0, 1] }), ...rep(4, { rank: [3, 2, 0, 1] })],
      },
      {
        id: "demo-poll-uf-3",
        question: "Hoe belangrijk is samenwerken met school voor jouw werk?",
        type: "scale",
        status: "closed",
        options: [["Samenwerken met school", "thema-onderwijs"]],
        ballots: [...rep(2, { scale: 2 }), ...rep(5, { scale: 3 }), ...rep(8, { scale: 4 }), ...rep(6, { scale: 5 })],
      },
    ],
  },
  {
    id: "demo-webinar-volgend",
    title: "Van agenda naar praktijk: welk thema volgt?",
    description: "We kijken terug op de verklarende analyse en kiezen samen het volgende thema. Stem mee met je telefoon.",
    daysFromNow: 14,
    presenter: "Karim El Amrani",
    networkId: "net-gelderland",
    joinCode: DEMO_JOIN_CODE,
    themeIds: ["thema-samenwerking", "thema-luisteren", "thema-onderwijs"],
    polls: [
      {
        id: "demo-poll-volgend-1",
        question: "Welk thema moet hierna op de agenda?",
        type: "single",
        status: "open",
        options: [["Samenwerking rond het gezin", "thema-samenwerking"], ["Luisteren naar jeugdigen en ouders", "thema-luisteren"], ["Onderwijs", "thema-onderwijs"], ["Ouders ondersteunen", "thema-ouders"], ["Iets anders", null]],
        ballots: [],
      },
      {
        id: "demo-poll-volgend-2",
        question: "Wat neem je mee uit dit webinar?",
        type: "open",
        status: "draft",
        options: [],
        ballots: [],
      },
    ],
  },
];

function payloadOf(ballot: Ballot, optionIds: string[]): VotePayload {
  const id = (n: number) => optionIds[n] ?? "";
  if (Array.isArray(ballot)) return { optionIds: ballot.map(id) };
  if ("rank" in ballot) return { ranking: ballot.rank.map(id) };
  if ("scale" in ballot) return { scale: ballot.scale };
  return { text: ballot.text };
}

function seedPoll(db: SeedDb, webinar: DemoWebinar, poll: DemoPoll, position: number, at: Date) {
  const optionIds = poll.options.map((_, i) => `${poll.id}-optie-${i + 1}`);
  db.insert(polls)
    .values({
      id: poll.id,
      webinarId: webinar.id,
      question: poll.question,
      type: poll.type,
      maxChoices: poll.maxChoices ?? 1,
      status: poll.status,
      showResults: poll.status === "closed",
      position,
      openedAt: poll.status === "draft" ? null : at,
      closedAt: poll.status === "closed" ? new Date(at.getTime() + 3_600_000) : null,
    })
    .run();
  poll.options.forEach(([label, themeId], i) => {
    db.insert(pollOptions).values({ id: optionIds[i] ?? "", pollId: poll.id, label, themeId, position: i }).run();
  });
  const rows = poll.ballots.map((ballot, n) => ({
    id: `${poll.id}-stem-${n + 1}`,
    pollId: poll.id,
    voterKey: `demo:${webinar.id}:${n + 1}`,
    payload: JSON.stringify(payloadOf(ballot, optionIds)),
    hidden: !Array.isArray(ballot) && "hidden" in ballot ? (ballot.hidden ?? false) : false,
    mergedThemeId: !Array.isArray(ballot) && "theme" in ballot ? (ballot.theme ?? null) : null,
    createdAt: at,
    updatedAt: at,
  }));
  if (rows.length > 0) db.insert(votes).values(rows).run();
  if (poll.status === "closed") {
    const tally = tallyVotes(poll.type, optionIds, rows);
    const options = poll.options.map(([, themeId], i) => ({ id: optionIds[i] ?? "", themeId }));
    db.update(polls).set({ tally: JSON.stringify(agendaSnapshot(poll.type, tally, options)) }).where(eq(polls.id, poll.id)).run();
  }
}

export function seedWebinars(db: SeedDb, now = new Date()) {
  if (db.select({ id: webinars.id }).from(webinars).where(eq(webinars.id, "demo-webinar-gelderland")).get()) return;
  db.transaction((tx) => {
    tx.insert(themes)
      .values({
        ...WAITING,
        description: "Wat je samen met een gezin kunt doen zolang passende hulp nog niet start.",
        origin: "poll",
        reason: "Drie open antwoorden in het webinar van Gelderland gingen over wachten op hulp.",
        networkId: "net-gelderland",
        createdBy: "demo-coordinator",
      })
      .onConflictDoNothing()
      .run();
    for (const webinar of WEBINARS) {
      // Half past three in the afternoon, Dutch time, on the day.
      const day = addDays(calendarDay(now), webinar.daysFromNow);
      const startsAt = parseMoment(day, "15:30") ?? new Date(now.getTime() + webinar.daysFromNow * DAY);
      const { polls: demoPolls, themeIds, daysFromNow: _days, ...fields } = webinar;
      tx.insert(webinars).values({ ...fields, startsAt, createdBy: "demo-coordinator" }).run();
      for (const themeId of themeIds) tx.insert(webinarThemes).values({ webinarId: webinar.id, themeId }).run();
      demoPolls.forEach((poll, i) => seedPoll(tx, webinar, poll, i, webinar.daysFromNow < 0 ? startsAt : now));
    }
    // The earlier decision: both networks put Verklarende analyse first.
    tx.insert(decisions)
      .values({
        id: "demo-besluit-verklarende-analyse",
        themeId: "thema-verklarende-analyse",
        networkId: null,
        decidedBy: "demo-coordinator",
        rationale:
          "Gelderland en Utrecht-Flevoland zetten de verklarende analyse allebei bovenaan. In de casuïstiek zien we dat hulp vaak start op klachten, zonder dat met het gezin is uitgezocht wat erachter zit. Daarom kiezen we dit thema samen als eerste. Bron: Infographic Ketenbreed Leren; Jeugdhulp Gelderland leert.",
        moduleSlug: "verklarende-analyse",
        decidedAt: parseMoment(addDays(calendarDay(now), -100), "10:00") ?? new Date(now.getTime() - 100 * DAY),
      })
      .run();
    for (const pollId of ["demo-poll-gld-1", "demo-poll-uf-1"]) tx.insert(decisionPolls).values({ decisionId: "demo-besluit-verklarende-analyse", pollId }).run();
    tx.update(themes).set({ status: "active" }).where(eq(themes.id, "thema-verklarende-analyse")).run();
  });
}

// True when the demo webinar's poll is open, so the console can tell people which code to use.
export function demoPollIsOpen(db: SeedDb): boolean {
  const row = db
    .select({ status: polls.status })
    .from(polls)
    .innerJoin(webinars, eq(webinars.id, polls.webinarId))
    .where(eq(webinars.joinCode, DEMO_JOIN_CODE))
    .all();
  return row.some((r) => r.status === "open");
}
