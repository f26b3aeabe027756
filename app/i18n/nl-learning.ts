// The strings module pages need; keeps their JavaScript small. Same values as `nl` in ./nl.ts.
import { core } from "./nl/core";
import { learning } from "./nl/learning";

export const nl = { ...core, ...learning };
