import { describe, expect, it } from "vitest";
import { nl } from "~/i18n/nl";
import { coreText } from "~/i18n/nl/core";
import { groupsText } from "~/i18n/nl/groups";
import { learningText } from "~/i18n/nl/learning";
import { privacyText } from "~/i18n/nl/privacy";
import { requestsText } from "~/i18n/nl/requests";
import { webinarsText } from "~/i18n/nl/webinars";

describe("the interface text", () => {
  it("keeps every area under its own top-level keys, so no area's text replaces another's", () => {
    const keys = [coreText, learningText, groupsText, webinarsText, privacyText, requestsText].flatMap((area) => Object.keys(area));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(Object.keys(nl).sort()).toEqual([...keys].sort());
  });
});
