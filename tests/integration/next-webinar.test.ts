import { describe, expect, it } from "vitest";
import { webinarThemes, webinars } from "~db/schema";
import { db } from "~/db.server";
import { nextWebinarOnTheme } from "~/models/webinars/webinars.server";

const DAY = 24 * 3600 * 1000;

function addWebinar(id: string, startsAt: Date, themeId: string) {
  db.insert(webinars).values({ id, title: `Webinar ${id}`, startsAt, joinCode: id.toUpperCase() }).run();
  db.insert(webinarThemes).values({ webinarId: id, themeId }).run();
}

describe("the next webinar on a module's theme", () => {
  it("is the first upcoming webinar on that theme, not a past one or one on another theme", () => {
    const now = new Date();
    addWebinar("w-verleden", new Date(now.getTime() - 2 * DAY), "thema-verklarende-analyse");
    addWebinar("w-later", new Date(now.getTime() + 20 * DAY), "thema-verklarende-analyse");
    addWebinar("w-eerst", new Date(now.getTime() + 5 * DAY), "thema-verklarende-analyse");
    addWebinar("w-ander", new Date(now.getTime() + 1 * DAY), "thema-onderwijs");
    expect(nextWebinarOnTheme("verklarende-analyse", now)?.id).toBe("w-eerst");
    expect(nextWebinarOnTheme("trauma", now)).toBeUndefined();
  });
});
