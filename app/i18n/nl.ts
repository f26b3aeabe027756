// Every interface string, nl-NL. A second language adds a sibling file with the same shape.
import { core } from "./nl/core";
import { groups } from "./nl/groups";

export const nl = {
  ...core,
  ...groups,
};

export type Messages = typeof nl;
