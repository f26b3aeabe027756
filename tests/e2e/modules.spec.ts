import { expect, test, type Page } from "@playwright/test";
import { demoEmail, expectAccessible, loginAs, visit } from "./support";

const MODULE = "Verklarende analyse: samen met jeugdige en ouders";

function daysAhead(n: number): string {
  const date = new Date(Date.now() + n * 86_400_000);
  return date.toISOString().slice(0, 10);
}

async function nextPart(page: Page, heading: string) {
  await page.getByRole("button", { name: "Klaar, naar het volgende onderdeel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

test("journey 1: a newcomer registers, works through Verklarende analyse, commits to a step and is invited further", async ({ page }) => {
  await visit(page, "/registreren");
  await page.getByLabel("Naam").fill("Fatima Yilmaz");
  await page.getByLabel("E-mailadres").fill(`fatima-${Date.now()}@voorbeeld.nl`);
  await page.getByLabel("Wachtwoord").fill("samen-werken-met-gezinnen");
  await page.getByLabel("Organisatie").selectOption({ label: "Wijkteam Arnhem-Noord (Toegang / wijkteam)" });
  await page.getByLabel("Netwerk").selectOption({ label: "Gelderland" });
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page.getByRole("heading", { name: "Welkom, Fatima Yilmaz" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Modules" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Modules" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Thema").selectOption({ label: "Verklarende analyse" });
  await page.getByRole("button", { name: "Toon modules" }).click();
  await expect(page).toHaveURL(/thema=verklarende-analyse/);
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(1);
  await expectAccessible(page);

  await page.getByRole("link", { name: MODULE }).click();
  await expect(page.getByRole("heading", { level: 1, name: MODULE })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ervaringskennis" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start de module" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Onderdeel 1: Kennis" })).toBeVisible();
  await expect(page.getByText("0 van 5 onderdelen klaar")).toBeVisible();
  await expectAccessible(page);
  await nextPart(page, "Onderdeel 2: Toepassen in je eigen werk");
  await expect(page.getByText("1 van 5 onderdelen klaar")).toBeVisible();
  await expectAccessible(page);
  await nextPart(page, "Onderdeel 3: Ervaringsdeskundigen aan het woord");
  await expect(page.getByText("Vraag ouders om mee te tekenen aan de analyse.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Deel jouw ervaring" })).toHaveCount(0);
  await expectAccessible(page);
  await nextPart(page, "Onderdeel 4: Reflectie");
  await expectAccessible(page);

  const questions = page.locator(".reflection-form textarea");
  await expect(questions).toHaveCount(5);
  for (let i = 0; i < 5; i++) await questions.nth(i).fill(`Mijn eerlijke antwoord op vraag ${i + 1}.`);
  await page.getByRole("button", { name: "Antwoorden bewaren" }).click();
  await expect(page.getByText("Je antwoorden zijn bewaard.")).toBeVisible();
  await expect(page.getByLabel(/Welke krachten en welke steun/)).toHaveValue("Mijn eerlijke antwoord op vraag 2.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Bewaren en naar de afsluiting" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Onderdeel 5: Afsluiting" })).toBeVisible();
  await expectAccessible(page);

  // A commitment that names a client's e-mail address is refused, and the text is kept.
  await page.getByLabel("Mijn voornemen").fill("Ik mail moeder@voorbeeld.nl over de analyse.");
  await page.getByRole("button", { name: "Voornemen bewaren en module afronden" }).click();
  await expect(page.getByText(/Je tekst lijkt een e-mailadres te bevatten/)).toBeVisible();
  await expect(page.getByLabel("Mijn voornemen")).toHaveValue("Ik mail moeder@voorbeeld.nl over de analyse.");
  await expectAccessible(page);

  await page.getByLabel("Mijn voornemen").fill("Ik vraag bij elk nieuw gezin eerst wat zij zelf denken dat er speelt.");
  await page.getByLabel("Wanneer wil je terugkijken?").fill(daysAhead(7));
  await page.getByRole("button", { name: "Voornemen bewaren en module afronden" }).click();
  await expect(page.getByText("Je hebt deze module afgerond. Goed gedaan!")).toBeVisible();
  await expect(page.getByText("5 van 5 onderdelen klaar")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ga verder" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Doe mee met een actieleergroep over Verklarende analyse" })).toHaveAttribute(
    "href",
    "/groepen?thema=verklarende-analyse",
  );
  await expect(page.getByRole("link", { name: /Bekijk het volgende webinar/ })).toHaveAttribute("href", "/webinars");
  await expect(page.getByText("Ik vraag bij elk nieuw gezin eerst wat zij zelf denken dat er speelt.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Lees de bronnen van deze module" }).click();
  await expect(page.getByRole("heading", { name: "Bronnen" })).toBeVisible();
  await expectAccessible(page);
  await visit(page, "/modules");
  await expect(page.locator(".module-card", { hasText: MODULE }).getByText("Afgerond")).toBeVisible();
});

test("an expert adds input, a coordinator approves it and sees the module figures", async ({ browser }) => {
  const expertContext = await browser.newContext();
  await loginAs(expertContext, demoEmail("ervaringsdeskundige"));
  const expert = await expertContext.newPage();
  await visit(expert, "/modules/ouders-ondersteunen/ervaringsdeskundigen");
  await expert.getByRole("radio", { name: "Niet doen" }).check();
  await expert.getByRole("radio", { name: "Een ouder" }).check();
  await expert.getByLabel("Jouw inbreng").fill("Vraag niet alleen naar wat misgaat. Vraag ook wat mij als ouder kracht geeft.");
  await expert.getByRole("button", { name: "Inbreng versturen" }).click();
  await expect(expert.getByText("Dank je. Je inbreng wacht op beoordeling door een coördinator.")).toBeVisible();
  await expect(expert.getByText("Wacht op beoordeling", { exact: true })).toBeVisible();
  await expectAccessible(expert);
  await expertContext.close();

  const coordinatorContext = await browser.newContext();
  await loginAs(coordinatorContext, demoEmail("coordinator"));
  const coordinator = await coordinatorContext.newPage();
  await visit(coordinator, "/beheer/inbreng");
  const item = coordinator.locator(".card", { hasText: "wat mij als ouder kracht geeft" });
  await item.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(coordinator.getByText("De inbreng is goedgekeurd en staat nu in de module.")).toBeVisible();
  await expectAccessible(coordinator);

  // Rejecting asks for confirmation first.
  await coordinator.locator(".card", { hasText: "vijf volwassenen" }).getByRole("link", { name: "Afwijzen" }).click();
  await expect(coordinator.getByRole("heading", { name: "Inbreng afwijzen?" })).toBeVisible();
  await expectAccessible(coordinator);
  await coordinator.getByRole("button", { name: "Ja, afwijzen" }).click();
  await expect(coordinator.getByText("De inbreng is afgewezen en staat niet in de module.")).toBeVisible();

  await visit(coordinator, "/modules");
  await coordinator.getByRole("link", { name: /Cijfers voor coördinatoren.*Verklarende analyse/ }).click();
  await expect(coordinator.getByRole("heading", { level: 1, name: `Cijfers: ${MODULE}` })).toBeVisible();
  await expect(coordinator.getByText("Een vast moment in het teamoverleg")).toBeVisible();
  await expectAccessible(coordinator);
  await visit(coordinator, "/modules/ouders-ondersteunen/ervaringsdeskundigen");
  await expect(coordinator.getByText("wat mij als ouder kracht geeft")).toBeVisible();
  await coordinatorContext.close();
});

test("the demo participant looks back on a commitment from the home page and resumes a module", async ({ page, context }) => {
  await loginAs(context, demoEmail("deelnemer"));
  await visit(page, "/");
  await expect(page.getByRole("heading", { name: "Terugblik" })).toBeVisible();
  await page.getByRole("radio", { name: "Deels gelukt" }).check();
  await page.getByLabel("Wat hielp je?").fill("Ik had de vraag op een briefje bij mijn laptop.");
  await page.getByRole("button", { name: "Terugblik bewaren" }).click();
  await expect(page.getByText("Dank je. Je terugblik is bewaard.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Terugblik" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: /Onderwijs als prioriteit in de hulp: verder met onderdeel 3/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Onderdeel 3: Ervaringsdeskundigen aan het woord" })).toBeVisible();
  await expectAccessible(page);
});

test("a module shows its learning goals, explains jargon on hover, focus and in print, and names the source of every voice", async ({ page, context }) => {
  await loginAs(context, demoEmail("begeleider"));
  await visit(page, "/modules/samenwerken-rond-een-gezin");
  const goals = page.getByRole("region", { name: "Na deze module kun je:" });
  await expect(goals.getByRole("listitem")).toHaveCount(4);
  await expect(goals.getByText("het verschil uitleggen tussen casusregie en procesregie")).toBeVisible();

  await visit(page, "/modules/samenwerken-rond-een-gezin/kennis");
  await expect(page.getByText("Verzonnen casus: gezin De Vries")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kernpunten" })).toBeVisible();
  const term = page.locator("dfn", { hasText: "Casusregie" });
  const explanation = page.locator('[role="tooltip"]', { hasText: "dagelijkse samenwerking rond een gezin" });
  await expect(term).toHaveAccessibleDescription(/dagelijkse samenwerking rond een gezin/);
  await expect(explanation).toBeHidden();
  await term.focus();
  await expect(explanation).toBeVisible();
  await term.blur();
  await expect(explanation).toBeHidden();
  await term.hover();
  await expect(explanation).toBeVisible();
  await page.mouse.move(0, 0);
  await page.emulateMedia({ media: "print" });
  await expect(explanation).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  await visit(page, "/modules/samenwerken-rond-een-gezin/toepassen");
  await expect(page.getByRole("img", { name: /Netwerkkaart van het verzonnen gezin De Vries/ })).toBeVisible();

  await visit(page, "/modules/samenwerken-rond-een-gezin/ervaringsdeskundigen");
  const voices = page.locator(".prose .voice, .prose .advice");
  await expect(voices).toHaveCount(10);
  await expect(page.locator(".prose .attribution")).toHaveCount(10);
  await expect(page.getByText("Bron: Infographic Ketenbreed Leren, aanbevelingen van ervaringsdeskundigen bij rode draad 2")).toBeVisible();
  await expect(page.getByText("Bron: Werkboek Jeugdhulp, voorwoord door een jongere").first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("all five parts, the reflections and the commitment work as plain HTML forms", async ({ page, context }) => {
    await loginAs(context, demoEmail("begeleider"));
    await page.goto("/modules/samenwerken-rond-een-gezin");
    await page.getByRole("button", { name: "Start de module" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Onderdeel 1: Kennis" })).toBeVisible();
    await nextPart(page, "Onderdeel 2: Toepassen in je eigen werk");
    await nextPart(page, "Onderdeel 3: Ervaringsdeskundigen aan het woord");
    await nextPart(page, "Onderdeel 4: Reflectie");
    const first = page.locator(".reflection-form textarea").first();
    await first.fill("Ik ga ervan uit dat iedereen weet wie de regie heeft, maar ik check het nooit.");
    await page.getByRole("button", { name: "Bewaren en naar de afsluiting" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Onderdeel 5: Afsluiting" })).toBeVisible();
    await page.getByLabel("Mijn voornemen").fill("");
    await page.getByRole("button", { name: "Voornemen bewaren en module afronden" }).click();
    await expect(page.getByText("Vul dit veld in.")).toBeVisible();
    await page.getByLabel("Mijn voornemen").fill("In het volgende overleg vraag ik wie de regie heeft en schrijf ik het op.");
    await page.getByRole("button", { name: "Voornemen bewaren en module afronden" }).click();
    await expect(page.getByText("Je hebt deze module afgerond. Goed gedaan!")).toBeVisible();
    await page.getByRole("link", { name: /Reflectie/ }).first().click();
    await expect(page.locator(".reflection-form textarea").first()).toHaveValue(/wie de regie heeft/);
    // axe needs JavaScript in the page; the same pages are scanned in the tests above.
  });
});
