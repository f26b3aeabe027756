import { expect, test } from "@playwright/test";
import { demoEmail, expectAccessible, loginAs, visit } from "./support";

const CLOSING_PART = "/modules/samenwerken-rond-een-gezin/afsluiting";

// "9 december 2026" while that day is still ahead, so the plan stays a plan whenever the test runs.
function nextNinthOfDecember(): string {
  const now = new Date();
  const thisYear = now.getUTCFullYear();
  const year = now.getTime() <= Date.UTC(thisYear, 11, 9) ? thisYear : thisYear + 1;
  return `9 december ${year}`;
}

test("the closing part refuses a commitment with a birth date, explains why at the field and saves one with a meeting date", async ({ page, context }) => {
  await loginAs(context, demoEmail("deelnemer"));
  await visit(page, CLOSING_PART);
  const commitment = page.getByLabel("Mijn voornemen");
  const save = page.getByRole("button", { name: /Voornemen bewaren|Nog een voornemen bewaren/ });

  const withBirthDate = "Ik bespreek de jongen, geboren op 12-03-2015, met mijn team.";
  await commitment.fill(withBirthDate);
  await save.click();
  await expect(commitment).toHaveAccessibleDescription(/Je tekst lijkt een geboortedatum te bevatten\. Schrijf een datum van een afspraak zo: /);
  await expect(commitment).toHaveValue(withBirthDate);
  const summaryLink = page.getByRole("alert").getByRole("link", { name: /Je tekst lijkt een geboortedatum te bevatten/ });
  await expect(summaryLink).toHaveAttribute("href", "#veld-text");
  await expect(commitment).toHaveAttribute("id", "veld-text");
  await summaryLink.click();
  await expect(page).toHaveURL(/#veld-text$/);
  await expectAccessible(page);

  const plan = `Op ${nextNinthOfDecember()} bespreek ik dit met mijn team`;
  await commitment.fill(plan);
  await save.click();
  const mine = page.getByRole("region", { name: "Mijn voornemens bij deze module" });
  await expect(mine.getByText(plan)).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expectAccessible(page);
});
