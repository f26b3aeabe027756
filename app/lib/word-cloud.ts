// Turns short open answers into a word cloud: the most used words, each with a weight of 1 to 5.

const STOP_WORDS = new Set(
  (
    "aan al als bij dan dat de der des deze die dit doen door dus een eens en er ge geen haar had heb hebben heeft hem het hier hij hoe hun " +
    "ik in is je jij jou jouw kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat ons onze ook op over " +
    "te tegen toch toen tot u uit uw van veel voor want was wat we wel werd wie wij wil worden wordt zal ze zelf zich zij zijn zo zonder zou " +
    "meer minder beter vaak echt goed graag gewoon heel erg doe doet kunt kun staat zoals intussen iets alles andere"
  ).split(" "),
);

export interface CloudWord {
  word: string;
  count: number;
  weight: 1 | 2 | 3 | 4 | 5;
}

function weightOf(count: number, max: number): CloudWord["weight"] {
  if (max <= 1) return 3;
  const step = Math.ceil(((count - 1) / (max - 1)) * 4) + 1;
  return step >= 5 ? 5 : step <= 1 ? 1 : step === 2 ? 2 : step === 3 ? 3 : 4;
}

export function wordCloud(texts: string[], limit = 30): CloudWord[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    // Each answer counts a word once, so one long answer cannot fill the cloud.
    const seen = new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}-]+/u)
        .map((w) => w.replace(/^-+|-+$/g, ""))
        .filter((w) => w.length >= 3 && !STOP_WORDS.has(w)),
    );
    for (const word of seen) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const top = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "nl"))
    .slice(0, limit);
  const max = top[0]?.[1] ?? 0;
  return top
    .map(([word, count]) => ({ word, count, weight: weightOf(count, max) }))
    .sort((a, b) => a.word.localeCompare(b.word, "nl"));
}
