// Every interface string, nl-NL. A second language adds a sibling file with the same shape.
import { core } from "./nl/core";
import { learning } from "./nl/learning";

export const nl = {
  ...core,
  ...learning,
};

export type Messages = typeof nl;
