// Every interface string, nl-NL. A second language adds a sibling file with the same shape.
import { core } from "./nl/core";
import { webinarsNl } from "./nl/webinars";

export const nl = {
  ...core,
  ...webinarsNl,
};

export type Messages = typeof nl;
