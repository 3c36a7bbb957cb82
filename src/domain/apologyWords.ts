// "sorry", "so sorry", "sorry about that": a sorry alone, said by someone who apologises a lot, with
// no hello and no time away in it. Play-testing, round eighteen: a lone "sorry" at a question was
// greeted "Hi there!", as if it were a hello.
const ONLY_SORRY =
  /^(?:(?:oh|oops|whoops|um|erm|im|i am|i m|so|really|very|so so)\s+)*(?:sorry|soz|sry|apologies|my bad)(?:\s+(?:sorry|again|about that|about this|for that|for this|for asking|for being slow|for the mistake|for the typo|my mistake|my fault|i got it wrong|i am slow|im slow|im useless at this))*$/;

/** A sorry and nothing else ("sorry", "so sorry", "oops sorry about that"). */
export function onlySaysSorry(text: string): boolean {
  const words = text.toLowerCase().replace(/['\u2019`]/g, '').replace(/[^a-z ]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words.length > 0 && ONLY_SORRY.test(words);
}

/** "sorry, get a job in a library": the words after a leading sorry (round twenty-three: kept in a goal). */
export function withoutLeadingSorry(text: string): string {
  return text.trim().replace(/^(?:(?:oh |so |im |i am )?(?:sorry|soz|sry)[\s,.!-]+)+/i, '');
}
