// Several asks in one line, as busy advisers type them: "whos overdue and whos gone quiet", "move lee
// review to fri then cancel jos review". Round eight: the line was read as one ask, so the second
// was lost without a word ("move lee review to fri and msg him" moved the review and said nothing
// of the message). Split only where the next words start an ask of their own, and never a line
// that carries the adviser's own words (a colon or " - ", or a command whose words run to the end:
// "add sam: ring the college and book the course"). Pure: no I/O.

const JOIN = /(?:\s*[,;]\s*(?:and then |then |and also |also |and )?| and then | then | and also | also | and | plus )/gi;

// The words that start an ask, each with more after it ("when" alone is no ask), or an ask of one word.
const STARTS_AN_ASK =
  /^(?:caseload|escalations|my actions|reviews this week|reviews due)$|^(?:caseload|escalations|ack|acknowledge|resolve|close|move|push|pull|put back|bring forward|cancel|skip|call off|scrap|no review|message|msg|reply|add|done|tick off|mark|plan|agree|cadence|style|resume|who|whos|who's|which clients|what|whats|what's|when|whens|when's|reviews|show|open|how|any) \S/i;

// Commands whose own words run to the end of the line: what follows is theirs, never a new ask.
const WORDS_TO_THE_END = /^(?:add|message|msg|reply|answer|write|send|resolve|close|for)\b/i;

const MOST_PARTS = 4;

/** The asks in the line, in order; the line alone when it holds one. */
export function askParts(text: string): string[] {
  const line = text.trim();
  if (/:| - /.test(line) || WORDS_TO_THE_END.test(line)) return [line];
  const parts: string[] = [];
  let start = 0;
  for (const join of line.matchAll(JOIN)) {
    const next = line.slice(join.index! + join[0].length);
    if (!STARTS_AN_ASK.test(next)) continue;
    parts.push(line.slice(start, join.index).trim());
    start = join.index! + join[0].length;
    // From here the words run to the end: "then message sam can you ring me, and ack 3" keeps its words.
    if (WORDS_TO_THE_END.test(next)) break;
  }
  parts.push(line.slice(start).trim());
  const asks = parts.filter(Boolean);
  return asks.length > 1 && asks.length <= MOST_PARTS ? asks : [line];
}
