// The shell's strings only (layout, navigation, form fields), so every page does not ship
// every area's text to the browser. Same values as `nl` in ./nl.ts.
import { core } from "./nl/core";

export const nl = core;
