// Every interface string, nl-NL. A second language adds a sibling file with the same shape.
import { core } from "./nl/core";

export const nl = {
  ...core,
};

export type Messages = typeof nl;
