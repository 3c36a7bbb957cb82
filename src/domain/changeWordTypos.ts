// The words of changing a plan as they are often typed on a phone: "chnage my plan", "mvoe it",
// "delte the cv step". Play-testing found "chnage my plan" met with "Sorry, I didn't catch that"
// again and again, at the menu and in the plan's questions. Whole words only, and only these.
const TYPOS: readonly [RegExp, string][] = [
  [/\b(?:chnage|chagne|cahnge|chaneg|chnge|chage|chang|chane|cange|chamge|changr)\b/g, 'change'],
  [/\b(?:mvoe|moev|mve|omve)\b/g, 'move'],
  [/\b(?:delte|delet|dlete|deleet|deelte|detele|delit|deleat)\b/g, 'delete'],
  [/\b(?:remvoe|remoev|rmove|remov|reomve)\b/g, 'remove'],
  [/\b(?:paln|plna|pln|palan|plam)\b/g, 'plan'],
  [/\b(?:setp|stpe|stp|steo|sstep)\b/g, 'step'],
];

/** Words already normalised (lower case, no marks): the change words spelt right. */
export function fixChangeTypos(words: string): string {
  return TYPOS.reduce((fixed, [typo, word]) => fixed.replace(typo, word), words);
}
