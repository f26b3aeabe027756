// Every interface string, nl-NL. A second language adds a sibling file with the same shape.
import { core } from "./nl/core";
import { groups } from "./nl/groups";
import { learning } from "./nl/learning";
import { requestsNl } from "./nl/requests";
import { webinarsNl } from "./nl/webinars";

export const nl = {
  ...core,
  ...learning,
  ...groups,
  ...webinarsNl,
  ...requestsNl,
};

export type Messages = typeof nl;
