// Every interface string, nl-NL. A second language adds a sibling file with the same shape.
import { core } from "./nl/core";
import { groups } from "./nl/groups";
import { learning } from "./nl/learning";

export const nl = {
  ...core,
  ...learning,
  ...groups,
};

export type Messages = typeof nl;
