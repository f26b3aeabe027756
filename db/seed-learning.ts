// Demo learning activity, so a newcomer sees every state: the demo participant has one module
// completed (its look-back is due today) and one in progress; experts' input waits and is shown.
import { calendarDay } from "~/lib/dates";
import { commitments, expertContributions, moduleProgress, partProgress, reflections } from "./schema";
import type { SeedDb } from "./seed-reference";

const DAY = 24 * 3600 * 1000;

function progress(db: SeedDb, userId: string, moduleSlug: string, startedAt: Date, parts: number, completed: boolean) {
  db.insert(moduleProgress)
    .values({ userId, moduleSlug, startedAt, completedAt: completed ? new Date(startedAt.getTime() + 50 * 60 * 1000) : null, lastPart: Math.min(parts + 1, 5) })
    .onConflictDoNothing()
    .run();
  for (let part = 1; part <= parts; part++) {
    db.insert(partProgress).values({ userId, moduleSlug, part, doneAt: new Date(startedAt.getTime() + part * 10 * 60 * 1000) }).onConflictDoNothing().run();
  }
}

export function seedLearning(db: SeedDb, now = new Date()) {
  const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
  db.transaction((tx) => {
    progress(tx, "demo-deelnemer", "luisteren-en-samenwerken", daysAgo(12), 5, true);
    progress(tx, "demo-deelnemer", "onderwijs-als-prioriteit", daysAgo(2), 2, false);
    tx.insert(reflections)
      .values({
        id: "demo-reflectie-1",
        userId: "demo-deelnemer",
        moduleSlug: "luisteren-en-samenwerken",
        questionId: "gehoord-voelen",
        answer: "Ik ga er vaak van uit dat het goed zit als er geen klachten komen. Ik vraag eigenlijk nooit echt na of iemand zich gehoord voelt.",
        updatedAt: daysAgo(12),
      })
      .onConflictDoNothing()
      .run();
    tx.insert(commitments)
      .values({
        id: "demo-voornemen-1",
        userId: "demo-deelnemer",
        moduleSlug: "luisteren-en-samenwerken",
        text: "Ik sluit elk gesprek met een gezin af met de vraag: wat heb je vandaag van mij nodig gehad, en kreeg je dat?",
        lookBackOn: calendarDay(now),
        createdAt: daysAgo(12),
      })
      .onConflictDoNothing()
      .run();

    // Two colleagues who finished Verklarende analyse and looked back, for the coordinator figures.
    const lookedBack = [
      { userId: "demo-begeleider", outcome: "done" as const, helped: "Een vast moment in het teamoverleg om de analyse samen te bekijken.", hindered: null },
      { userId: "demo-ervaringsdeskundige", outcome: "partly" as const, helped: "De tekening op één pagina maakte het gesprek makkelijker.", hindered: "Er was weinig tijd omdat er snel een plek gevonden moest worden." },
    ];
    lookedBack.forEach((c, i) => {
      progress(tx, c.userId, "verklarende-analyse", daysAgo(20 - i * 3), 5, true);
      tx.insert(commitments)
        .values({
          id: `demo-voornemen-va-${i + 1}`,
          userId: c.userId,
          moduleSlug: "verklarende-analyse",
          text: "Bij elk nieuw gezin vraag ik eerst wat zij zelf denken dat er aan de hand is.",
          lookBackOn: calendarDay(daysAgo(6 - i)),
          lookBackOutcome: c.outcome,
          lookBackHelped: c.helped,
          lookBackHindered: c.hindered,
          lookBackAt: daysAgo(6 - i),
          createdAt: daysAgo(20 - i * 3),
        })
        .onConflictDoNothing()
        .run();
    });
    progress(tx, "demo-coordinator", "verklarende-analyse", daysAgo(4), 1, false);

    tx.insert(expertContributions)
      .values([
        {
          id: "demo-inbreng-1",
          userId: "demo-ervaringsdeskundige",
          moduleSlug: "verklarende-analyse",
          kind: "do",
          perspective: "parent",
          displayName: "Mo",
          text: "Vraag ouders om mee te tekenen aan de analyse. Toen ik zelf pijlen mocht zetten tussen wat er thuis en op school gebeurde, voelde ik me voor het eerst een partner in plaats van een probleem.",
          status: "approved",
          reviewedBy: "demo-coordinator",
          reviewedAt: daysAgo(8),
          createdAt: daysAgo(9),
        },
        {
          id: "demo-inbreng-2",
          userId: "demo-ervaringsdeskundige",
          moduleSlug: "luisteren-en-samenwerken",
          kind: "story",
          perspective: "youth",
          displayName: null,
          text: "Ik zat aan tafel met vijf volwassenen die over mij praatten. Pas toen één van hen vroeg wat ík wilde zeggen, durfde ik te vertellen waarom ik niet meer naar school ging.",
          status: "pending",
          createdAt: daysAgo(1),
        },
      ])
      .onConflictDoNothing()
      .run();
  });
}
