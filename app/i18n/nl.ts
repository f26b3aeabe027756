// Every interface string, nl-NL, as one object `nl`: one top-level key per area, each area's text
// in its own file in ./nl/ (a new feature adds `<feature>Text` there and spreads it in here).
// Pages whose browser JavaScript must stay small import a slice from ./slices.ts instead.
import { coreText } from "./nl/core";
import { groupsText } from "./nl/groups";
import { learningText } from "./nl/learning";
import { privacyText } from "./nl/privacy";
import { requestsText } from "./nl/requests";
import { webinarsText } from "./nl/webinars";

export const nl = {
  ...coreText,
  ...learningText,
  ...groupsText,
  ...webinarsText,
  ...privacyText,
  ...requestsText,
};
