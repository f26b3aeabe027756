// Journey 2: a facilitator forms a group and shares the link, an experiential expert joins, the
// group agrees three steps, a member logs progress with a hindering factor, and the monitor shows it.
import { expect, test, type Page } from "@playwright/test";
import { demoEmail, expectAccessible, loginAs, visit } from "./support";

function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function addStep(page: Page, groupPath: string, what: string, owners: string[], dueOn: string) {
  await visit(page, `${groupPath}/stappen/nieuw`);
  await page.getByLabel("Wat gaan we doen?").fill(what);
  const ownerBoxes = page.getByRole("group", { name: "Wie doet het?" });
  // The person adding the step is ticked already; set exactly the owners asked for.
  for (const box of await ownerBoxes.getByRole("checkbox").all()) await box.uncheck();
  for (const owner of owners) await ownerBoxes.getByLabel(owner).check();
  await page.getByLabel("Klaar op").fill(dueOn);
  await page.getByLabel("Hoe merken we dat het werkt?").fill("We zien het terug in de verslagen.");
  await page.getByRole("button", { name: "Stap opslaan" }).click();
  await expect(page.getByText("De stap is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: what })).toBeVisible();
  await expectAccessible(page);
}

test("a facilitator forms a group, an experiential expert joins by link, and the monitor shows the progress", async ({ browser }) => {
  // Many pages, each scanned by axe, on a machine shared with other builds.
  test.setTimeout(180_000);
  const facilitatorContext = await browser.newContext();
  await loginAs(facilitatorContext, demoEmail("begeleider"));
  const facilitator = await facilitatorContext.newPage();

  await visit(facilitator, "/groepen");
  await facilitator.getByRole("link", { name: "Nieuwe groep starten" }).click();
  await expect(facilitator.getByRole("heading", { name: "Nieuwe actieleergroep" })).toBeVisible();
  await expectAccessible(facilitator);
  await facilitator.getByLabel("Naam van de groep").fill("Verklaren in de Achterhoek");
  await facilitator.getByLabel("Thema").selectOption({ label: "Verklarende analyse" });
  await facilitator.getByLabel("Welke verandering willen jullie in de praktijk zien?").fill("We kiezen pas hulp als het gezin de verklaring herkent.");
  await facilitator.getByLabel("Ritme van bijeenkomsten").fill("Elke twee weken op maandag");
  await facilitator.getByRole("button", { name: "Groep starten" }).click();

  await expect(facilitator.getByText("De groep is gestart.")).toBeVisible();
  await expectAccessible(facilitator);
  const inviteUrl = await facilitator.getByLabel("Link om te delen").inputValue();
  expect(inviteUrl).toMatch(/\/groepen\/join\/[\w-]+$/);
  const groupPath = new URL(facilitator.url()).pathname.replace(/\/leden$/, "");

  await visit(facilitator, groupPath);
  await expect(facilitator.getByText("Er doet nog geen ervaringsdeskundige mee")).toBeVisible();

  // The experiential expert opens the shared link in their own browser.
  const expertContext = await browser.newContext();
  await loginAs(expertContext, demoEmail("ervaringsdeskundige"));
  const expert = await expertContext.newPage();
  await visit(expert, new URL(inviteUrl).pathname);
  await expect(expert.getByRole("heading", { name: "Meedoen met Verklaren in de Achterhoek" })).toBeVisible();
  await expect(expert.getByText("Je doet mee als ervaringsdeskundige.")).toBeVisible();
  await expert.getByRole("button", { name: "Ja, ik doe mee" }).click();
  await expect(expert.getByText("Welkom in de groep!")).toBeVisible();
  await expectAccessible(expert);

  await facilitator.reload();
  await expect(facilitator.getByText("Er doet nog geen ervaringsdeskundige mee")).toHaveCount(0);
  await expect(facilitator.getByRole("region", { name: "Deelnemers" }).getByText("Mo Bakker")).toBeVisible();

  // Three steps with owners and dates.
  await addStep(facilitator, groupPath, "Bij elke intake vragen hoe het gezin het zelf verklaart", ["Anouk Jansen"], isoDay(14));
  await addStep(facilitator, groupPath, "Een uitleg voor ouders schrijven", ["Mo Bakker", "Anouk Jansen"], isoDay(21));
  await addStep(expert, groupPath, "Ouders vragen of ze de uitleg begrijpen", ["Mo Bakker"], isoDay(28));

  // The first step is done.
  await visit(facilitator, groupPath);
  await facilitator.getByRole("link", { name: "Bij elke intake vragen hoe het gezin het zelf verklaart" }).click();
  await facilitator.getByLabel("Nieuwe status").selectOption({ label: "Klaar" });
  await facilitator.getByRole("button", { name: "Status opslaan" }).click();
  await expect(facilitator.getByText("De status is gewijzigd.")).toBeVisible();
  await expect(facilitator.getByText("Anouk Jansen zette de stap van Gepland op Klaar")).toBeVisible();
  await expectAccessible(facilitator);

  // A member logs progress with a hindering factor, two weeks ago and today.
  for (const [loggedOn, did] of [[isoDay(-14), "Met twee ouders de uitleg doorgenomen."], [isoDay(0), "De uitleg aangepast na hun vragen."]] as const) {
    await visit(expert, `${groupPath}/notities/nieuw`);
    await expert.getByLabel("Datum").fill(loggedOn);
    await expert.getByLabel("Bij welke stap? (niet verplicht)").selectOption({ label: "Een uitleg voor ouders schrijven" });
    await expert.getByLabel("Wat hebben we gedaan?").fill(did);
    await expert.getByLabel("Wat hinderde? (knooppunt) (niet verplicht)").fill("Weinig tijd naast het gewone werk.");
    await expert.getByRole("group", { name: "Wat hinderde, in tags" }).getByLabel("Werkdruk").check();
    await expert.getByRole("button", { name: "Notitie opslaan" }).click();
    await expect(expert.getByText("De notitie is opgeslagen.")).toBeVisible();
  }
  await expect(expert.getByText("De uitleg aangepast na hun vragen.")).toBeVisible();
  await expectAccessible(expert);

  // The monitor shows one step done and the factor.
  await visit(facilitator, `${groupPath}/monitor`);
  await expect(facilitator.getByText("33% (1 van 3 stappen)")).toBeVisible();
  const hindering = facilitator.getByRole("region", { name: "Meest genoemde knooppunten" });
  await expect(hindering.getByRole("row", { name: "Werkdruk 2" })).toBeVisible();
  await expect(facilitator.getByRole("img", { name: "Activiteit per week" })).toBeVisible();
  await facilitator.getByText("Bekijk de cijfers als tabel").click();
  await expectAccessible(facilitator);

  await facilitatorContext.close();
  await expertContext.close();
});

test("a coordinator sees the network's figures but not the group's own page", async ({ page, context }) => {
  await loginAs(context, demoEmail("coordinator"));
  await visit(page, "/groepen/overzicht");
  await expect(page.getByRole("heading", { name: "Per thema" })).toBeVisible();
  await page.getByRole("link", { name: "Samen verklaren in Arnhem en Nijmegen" }).click();
  await expect(page.getByText("Je ziet als coördinator de cijfers")).toBeVisible();
  await expectAccessible(page);
  const monitorUrl = new URL(page.url()).pathname;
  const response = await page.goto(monitorUrl.replace(/\/monitor$/, ""));
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
});

test("a participant sees their steps, new log entries and meetings on the home page", async ({ page, context }) => {
  await loginAs(context, demoEmail("deelnemer"));
  await visit(page, "/");
  const block = page.getByRole("region", { name: "Mijn actieleergroepen" });
  await expect(block.getByRole("link", { name: /Bij drie nieuwe gezinnen de verklaring samen opstellen/ })).toBeVisible();
  await expect(block.getByText("Te laat").first()).toBeVisible();
  await expect(block.getByText("Een situatie voorbereid voor het expertteam", { exact: false })).toBeVisible();
  await expect(block.getByRole("heading", { name: "Bijeenkomsten die eraan komen" })).toBeVisible();
  await block.getByRole("link", { name: /Bij drie nieuwe gezinnen/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Bij drie nieuwe gezinnen/ })).toBeVisible();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the log entry form refuses personal data, keeps the text and then saves", async ({ page, context }) => {
    await loginAs(context, demoEmail("deelnemer"));
    await page.goto("/groepen/demo-groep-verklarende-analyse/notities/nieuw");
    await page.getByLabel("Wat hebben we gedaan?").fill("Gebeld met moeder op 06-12345678 over de uitleg.");
    await page.getByRole("group", { name: "Wat hielp, in tags" }).getByLabel("Tijd").check();
    await page.getByRole("button", { name: "Notitie opslaan" }).click();
    await expect(page.getByLabel("Wat hebben we gedaan?")).toHaveAccessibleDescription(/Je tekst lijkt een telefoonnummer te bevatten\./);
    await expect(page.getByRole("link", { name: /Je tekst lijkt een telefoonnummer te bevatten/ })).toHaveAttribute("href", "#veld-did");
    await expect(page.getByLabel("Wat hebben we gedaan?")).toHaveValue("Gebeld met moeder op 06-12345678 over de uitleg.");
    await expect(page.getByRole("group", { name: "Wat hielp, in tags" }).getByLabel("Tijd")).toBeChecked();
    await page.getByLabel("Wat hebben we gedaan?").fill("Met een moeder de uitleg over de verklarende analyse besproken.");
    await page.getByRole("button", { name: "Notitie opslaan" }).click();
    await expect(page.getByText("De notitie is opgeslagen.")).toBeVisible();
    await expect(page.getByText("Met een moeder de uitleg over de verklarende analyse besproken.")).toBeVisible();
    // axe needs JavaScript in the page; these pages are scanned in the tests above.
  });
});

test("a closed group can be read but not changed: no forms for notes, steps, meetings or roles", async ({ page, context }) => {
  await loginAs(context, demoEmail("begeleider"));
  await visit(page, "/groepen/demo-groep-een-gezin-een-plan");
  await expect(page.getByText("Deze groep is afgesloten. Je kunt alles nog lezen, maar niets meer toevoegen.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Notitie schrijven" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Stap toevoegen" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Bijeenkomst plannen" })).toHaveCount(0);
  await visit(page, "/groepen/demo-groep-een-gezin-een-plan/leden");
  await expect(page.getByText("Deze groep is afgesloten.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Rol opslaan/ })).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await expect(page.getByRole("cell", { name: "Begeleider", exact: true })).toBeVisible();
});
