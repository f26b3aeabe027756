// Parts of `nl` (./nl.ts) for code that is in the browser bundle of many pages: the same keys and
// values, fewer areas, so those pages do not ship every area's text. Everywhere else import `nl`.
//   nlCore      the shell: layout, navigation, errors, form words (root.tsx, the site navigation)
//   nlLearning  the shell plus modules (the module pages and their components)
// This file must not import ./nl.ts, or the whole object comes along.
import { coreText } from "./nl/core";
import { learningText } from "./nl/learning";

export const nlCore = coreText;
export const nlLearning = { ...coreText, ...learningText };
