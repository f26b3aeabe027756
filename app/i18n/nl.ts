// Every interface string, nl-NL, as one object `nl`: one top-level key per area, with each area's
// text in its own file in ./nl/ (a new feature adds a file there and a line here).
// Pages whose browser JavaScript must stay small import a slice from ./slices.ts instead.
import { core } from "./nl/core";
import { groups } from "./nl/groups";
import { learning } from "./nl/learning";
import { webinars } from "./nl/webinars";

export const nl = {
  ...core,
  ...learning,
  ...groups,
  ...webinars,
};
