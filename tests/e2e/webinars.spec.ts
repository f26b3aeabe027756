import { expect, test, type Page } from "@playwright/test";
import { dayFromToday, demoEmail, expectAccessible, loginAs, visit } from "./support";

const QUESTION = "Welk thema pakken we als eerste op?";

async function fitsWidth(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "no horizontal scrolling").toBeLessThanOrEqual(0);
}

test("journey 3: a coordinator's poll, votes from a phone without an account, live results, the agenda and the decision", async ({ browser }) => {
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await loginAs(desk, demoEmail("coordinator"));
  const coordinator = await desk.newPage();

  // The coordinator plans a webinar with a poll of candidate themes.
  await visit(coordinator, "/webinars");
  await coordinator.getByRole("link", { name: "Nieuw webinar plannen" }).click();
  await expectAccessible(coordinator);
  await coordinator.getByLabel("Titel").fill("Welk thema volgt er in Gelderland?");
  await coordinator.getByRole("checkbox", { name: "Eetstoornissen" }).check();
  await coordinator.getByLabel("Datum").fill(dayFromToday(14));
  await coordinator.getByLabel("Begintijd").fill("15:30");
  await coordinator.getByRole("button", { name: "Webinar opslaan" }).click();
  await expect(coordinator.getByText("Het webinar is opgeslagen.")).toBeVisible();
  await expectAccessible(coordinator);

  await coordinator.getByRole("link", { name: "Peiling toevoegen" }).click();
  await expectAccessible(coordinator);
  await coordinator.getByRole("textbox", { name: "Vraag" }).fill(QUESTION);
  await coordinator.getByLabel("Optie 1: thema").selectOption({ label: "Eetstoornissen" });
  await coordinator.getByLabel("Optie 2: thema").selectOption({ label: "Autisme" });
  await coordinator.getByLabel("Optie 3: thema").selectOption({ label: "Trauma" });
  await coordinator.getByRole("button", { name: "Peiling opslaan" }).click();
  await expect(coordinator.getByText("De peiling is opgeslagen.")).toBeVisible();
  await expectAccessible(coordinator);

  // The presenter screen: open the poll, show results, read the join code.
  await coordinator.getByRole("link", { name: "Presentatiescherm openen" }).click();
  await expect(coordinator.getByRole("heading", { name: "Stem mee op je telefoon" })).toBeVisible();
  await expectAccessible(coordinator);
  await coordinator.getByRole("button", { name: "Peiling openen" }).click();
  await expect(coordinator.getByRole("button", { name: "Peiling sluiten" })).toBeVisible();
  await coordinator.getByRole("button", { name: "Resultaten tonen" }).click();
  await expect(coordinator.getByRole("button", { name: "Resultaten verbergen" })).toBeVisible();
  await expect(coordinator.getByText("0 stemmen", { exact: true })).toBeVisible();
  await expect(coordinator.locator(".qr svg")).toBeVisible();
  await expectAccessible(coordinator);
  const code = ((await coordinator.locator(".join-code").textContent()) ?? "").replace("Stemcode:", "").trim();
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await coordinator.evaluate(() => Object.assign(window, { presenterNotReloaded: true }));

  // A participant votes on a phone, without an account.
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phone = await phoneContext.newPage();
  await visit(phone, "/stem");
  await phone.getByLabel("Stemcode").fill(code.toLowerCase());
  await phone.getByRole("button", { name: "Naar de peiling" }).click();
  await expect(phone.getByRole("group", { name: QUESTION })).toBeVisible();
  await expectAccessible(phone);
  await fitsWidth(phone);
  await phone.getByRole("radio", { name: "Eetstoornissen" }).check();
  await phone.getByRole("button", { name: "Stem versturen" }).click();
  await expect(phone.getByText("Je stem is opgeslagen.")).toBeVisible();
  await expect(phone.getByRole("radio", { name: "Eetstoornissen" })).toBeChecked();
  await expectAccessible(phone);

  // The vote reaches the presenter screen without a reload.
  await expect(coordinator.getByText("1 stem", { exact: true })).toBeVisible();
  await expect(coordinator.locator(".results__item", { hasText: "Eetstoornissen" })).toContainText("1 stem · 100%");
  await expect(coordinator.getByText("1 deelnemer")).toBeVisible();
  expect(await coordinator.evaluate(() => "presenterNotReloaded" in window)).toBe(true);

  // The poll closes; the phone no longer offers it.
  await coordinator.getByRole("button", { name: "Peiling sluiten" }).click();
  await expect(coordinator.getByText("Peiling · Gesloten")).toBeVisible();
  await expectAccessible(coordinator);
  await phone.reload();
  await expect(phone.getByText("Er is nu geen open peiling.", { exact: false })).toBeVisible();
  await expect(phone.getByRole("heading", { name: "Uitslag van de vorige peiling" })).toBeVisible();
  await expectAccessible(phone);

  // The agenda now ranks the theme, with the poll behind it.
  await visit(coordinator, "/agenda");
  const ranked = coordinator.locator(".agenda-list > li").filter({ has: coordinator.getByRole("heading", { name: /Eetstoornissen/ }) });
  await expect(ranked).toContainText("1 peiling · 1 stemmer");
  await ranked.getByText("Peilingen achter dit thema").click();
  await expect(ranked.getByRole("link", { name: QUESTION })).toBeVisible();
  await expectAccessible(coordinator);

  // The coordinator chooses it with a rationale and sees the decision with its follow-ups.
  await ranked.getByRole("link", { name: "Kies Eetstoornissen als volgend thema" }).click();
  await expectAccessible(coordinator);
  await expect(coordinator.getByRole("checkbox", { name: new RegExp(QUESTION) })).toBeChecked();
  await coordinator.getByLabel("Waarom kies je dit thema?").fill("Het webinar koos dit thema, en in de casuïstiek zien we het steeds vaker.");
  await coordinator.getByRole("button", { name: "Thema kiezen" }).click();
  await expect(coordinator.getByRole("heading", { name: "Besluit: Eetstoornissen" })).toBeVisible();
  await expect(coordinator.getByText("Het besluit is vastgelegd.")).toBeVisible();
  await expect(coordinator.getByText("Karim El Amrani")).toBeVisible();
  await expect(coordinator.getByText("in de casuïstiek zien we het steeds vaker")).toBeVisible();
  await expect(coordinator.getByRole("link", { name: QUESTION })).toBeVisible();
  await expect(coordinator.getByRole("link", { name: "Plan een webinar over dit thema" })).toHaveAttribute("href", "/webinars/nieuw?thema=thema-eetstoornissen");
  await expect(coordinator.getByRole("link", { name: "Start een actieleergroep over dit thema" })).toHaveAttribute("href", "/groepen/nieuw?thema=eetstoornissen");
  await expectAccessible(coordinator);

  await coordinator.getByRole("link", { name: "Plan een webinar over dit thema" }).click();
  await expect(coordinator.getByRole("checkbox", { name: "Eetstoornissen" })).toBeChecked();
  await expectAccessible(coordinator);

  await visit(coordinator, "/agenda/geschiedenis");
  await expect(coordinator.getByRole("heading", { name: /Eetstoornissen/ })).toBeVisible();
  await expect(coordinator.getByRole("heading", { name: /Verklarende analyse/ })).toBeVisible();
  await desk.close();
  await phoneContext.close();
});

test("the demo data fills the agenda and a participant reads it without coordinator actions", async ({ page, context }) => {
  await loginAs(context, demoEmail("deelnemer"));
  await visit(page, "/agenda");
  await expect(page.locator(".agenda-list > li").first()).toContainText("gedeeld");
  await expect(page.getByRole("link", { name: /als volgend thema/ })).toHaveCount(0);
  // The lessons of a closed group reach the agenda beside its theme.
  const collaboration = page.locator(".agenda-list > li").filter({ has: page.getByRole("heading", { name: /Samenwerking rond het gezin/ }) });
  await collaboration.getByText("Geleerde lessen uit 1 afgesloten actieleergroep").click();
  await expect(collaboration.getByText(/^Eén plan lukt alleen/)).toBeVisible();
  await page.getByRole("link", { name: "Utrecht-Flevoland" }).click();
  await expect(page.getByRole("link", { name: "Utrecht-Flevoland" })).toHaveAttribute("aria-current", "page");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Bekijk het besluit over Verklarende analyse" }).click();
  await expect(page.getByRole("heading", { name: "Besluit: Verklarende analyse" })).toBeVisible();
  await expectAccessible(page);
  await visit(page, "/webinars");
  await page.getByRole("link", { name: "Ketenbreed leren in Gelderland: wat zien we in de casuïstiek?" }).click();
  await expect(page.getByRole("heading", { name: "Welk onderwerp mis je nog op de agenda?" })).toBeVisible();
  await expectAccessible(page);
});

test("the vote page fits a 360 px wide screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await visit(page, "/stem/LEER26");
  await expect(page.getByRole("group", { name: "Welk thema moet hierna op de agenda?" })).toBeVisible();
  await fitsWidth(page);
  await context.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  test("a phone votes with the demo code, re-votes, and sees the results", async ({ page }) => {
    await page.goto("/stem");
    await page.getByLabel("Stemcode").fill("leer26");
    await page.getByRole("button", { name: "Naar de peiling" }).click();
    await page.getByRole("button", { name: "Stem versturen" }).click();
    await expect(page.getByText("Kies een optie.")).toBeVisible();
    await page.getByRole("radio", { name: "Onderwijs" }).check();
    await page.getByRole("button", { name: "Stem versturen" }).click();
    await expect(page.getByText("Je stem is opgeslagen.")).toBeVisible();
    await page.getByRole("radio", { name: "Ouders ondersteunen" }).check();
    await page.getByRole("button", { name: "Stem wijzigen" }).click();
    await expect(page.locator(".results__item", { hasText: "Ouders ondersteunen" })).toContainText("1 stem");
    await expect(page.locator(".results__item", { hasText: "Onderwijs" })).toContainText("0 stemmen");
    // axe needs JavaScript in the page; the same pages are scanned in the tests above.
  });
});
