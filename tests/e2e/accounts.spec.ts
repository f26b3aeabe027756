import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, demoEmail, expectAccessible, loginAs, visit } from "./support";

test("a newcomer registers, logs out, logs in, changes the password and logs in with it", async ({ page }) => {
  const email = `nieuw-${Date.now()}@voorbeeld.nl`;
  await visit(page, "/");
  await page.getByRole("link", { name: "Registreren" }).first().click();
  await expectAccessible(page);

  // Bad input first: a Dutch message per field, nothing lost.
  await page.getByLabel("Naam").fill("Lotte Smit");
  await page.getByLabel("E-mailadres").fill("geen-adres");
  await page.getByLabel("Wachtwoord").fill("kort");
  await page.getByRole("button", { name: "Account maken" }).click();
  await expect(page.getByLabel("E-mailadres")).toHaveAccessibleDescription(/Vul een geldig e-mailadres in/);
  await expect(page.getByLabel("Wachtwoord")).toHaveAccessibleDescription(/Je wachtwoord moet minimaal 10 tekens hebben\./);
  await expect(page.getByLabel("Naam")).toHaveValue("Lotte Smit");
  await expectAccessible(page);

  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("fietsen-langs-de-rijn");
  await page.getByLabel("Organisatie").selectOption({ label: "Wijkteam Arnhem-Noord (Toegang / wijkteam)" });
  await page.getByLabel("Netwerk").selectOption({ label: "Gelderland" });
  await page.getByRole("button", { name: "Account maken" }).click();
  // Registering never logs in: the answer is the same whether or not the address had an account.
  await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
  await expect(page.getByText("Bedankt voor je aanmelding. Log nu in")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("verkeerd-wachtwoord");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("Het e-mailadres of het wachtwoord klopt niet.")).toBeVisible();
  await page.getByLabel("Wachtwoord").fill("fietsen-langs-de-rijn");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { name: "Welkom, Lotte Smit" })).toBeVisible();

  await page.getByRole("link", { name: "Mijn account" }).click();
  await expectAccessible(page);
  // A weak new password is refused with advice, next to the field.
  await page.getByLabel("Huidig wachtwoord").fill("fietsen-langs-de-rijn");
  await page.getByLabel("Nieuw wachtwoord").fill("Welkom2026!");
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByLabel("Nieuw wachtwoord")).toHaveAccessibleDescription(/Dit wachtwoord is makkelijk te raden\. Maak het sterker/);
  await page.getByLabel("Huidig wachtwoord").fill("fietsen-langs-de-rijn");
  await page.getByLabel("Nieuw wachtwoord").fill("wandelen-door-de-veluwe");
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByText("Je wachtwoord is gewijzigd.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("link", { name: "Inloggen" }).first()).toBeVisible();
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill("wandelen-door-de-veluwe");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { name: "Welkom, Lotte Smit" })).toBeVisible();
});

test("an unknown page says so in Dutch", async ({ page }) => {
  const response = await page.goto("/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
  await expectAccessible(page);
});

test("a participant is refused at the user administration", async ({ page, context }) => {
  await loginAs(context, demoEmail("deelnemer"));
  const response = await page.goto("/beheer/gebruikers");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  await expectAccessible(page);
});

test("a visitor is sent to the login page and returned afterwards", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/inloggen\?redirectTo=%2Faccount/);
  await page.getByLabel("E-mailadres").fill(demoEmail("deelnemer"));
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("heading", { name: "Mijn account" })).toBeVisible();
});

test("an admin grants the coordinator role and the new coordinator sees the coordinator navigation", async ({ browser }) => {
  const adminContext = await browser.newContext();
  await loginAs(adminContext, demoEmail("beheerder"));
  const admin = await adminContext.newPage();
  await visit(admin, "/beheer/gebruikers?q=Sanne");
  await admin.getByRole("button", { name: "Rol geven: Coördinator – Sanne de Vries" }).click();
  await expect(admin.getByText("Sanne de Vries heeft nu de rol Coördinator.")).toBeVisible();
  await expectAccessible(admin);

  const userContext = await browser.newContext();
  await loginAs(userContext, demoEmail("deelnemer"));
  const user = await userContext.newPage();
  await visit(user, "/");
  const nav = user.getByRole("navigation", { name: "Hoofdmenu" });
  await expect(nav.getByRole("link", { name: "Groepen in het netwerk" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Gebruikers" })).toHaveCount(0);

  await admin.getByRole("button", { name: "Rol afnemen: Coördinator – Sanne de Vries" }).click();
  await expect(admin.getByText("Sanne de Vries heeft de rol Coördinator niet meer.")).toBeVisible();
  await adminContext.close();
  await userContext.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("login and the unknown-page message work as plain HTML", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres").fill(demoEmail("ervaringsdeskundige"));
    await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("heading", { name: "Welkom, Mo Bakker" })).toBeVisible();
    const response = await page.goto("/bestaat-niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
    // axe needs JavaScript in the page; the same pages are scanned in the tests above.
  });
});
