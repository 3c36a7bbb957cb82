// Several asks in one line, as busy advisers type them: "whos overdue and whos gone quiet", "move lee
// review to fri then cancel jos review". Round eight: the line was read as one ask, so the second
// was lost without a word ("move lee review to fri and msg him" moved the review and said nothing
// of the message). Split only where the next words start an ask of their own, and never inside the
// adviser's own words (after a colon or " - ", or in a command whose words run to the end: "add sam:
// ring the college and book the course"). Round eleven: "ack 2 and msg tom: see you thurs" was kept
// whole because of the message's colon, and read as "ack" of "2 and msg tom..."; a colon now keeps
// only what follows it together. Pure: no I/O.

const JOIN = /(?:\s*[,;]\s*(?:and then |then |and also |also |and |& )?| and then | then | and also | also | and | plus | & | \+ )/gi;

// The words that start an ask, each with more after it ("when" alone is no ask), or an ask of one word.
const STARTS_AN_ASK =
  /^(?:caseload|escalations|my actions|reviews this week|reviews due|esc|escs|cl|od)$|^(?:caseload|escalations|ack|acknowledge|resolve|res|close|move|mv|push|pull|put back|bring forward|cancel|skip|call off|scrap|no review|message|msg|reply|send a message to|add|done|tick off|mark|plan|agree|cadence|style|resume|who|whos|who's|which clients|what|whats|what's|when|whens|when's|reviews|show|open|how|any) \S/i;

// Commands whose own words run to the end of the line: what follows is theirs, never a new ask.
const WORDS_TO_THE_END = /^(?:add|message|msg|reply|answer|write|send|resolve|res|close|for)\b/i;
// Where the adviser's own words start inside an ask: "msg tom: see you thurs", "add sam - call the college".
const OWN_WORDS = /:| - /;

const MOST_PARTS = 4;

/** The asks in the line, in order; the line alone when it holds one. */
export function askParts(text: string): string[] {
  const line = text.trim();
  if (WORDS_TO_THE_END.test(line)) return [line];
  const parts: string[] = [];
  let start = 0;
  for (const join of line.matchAll(JOIN)) {
    // Past a colon or " - " in this ask, the rest of the line is the adviser's own words.
    if (OWN_WORDS.test(line.slice(start, join.index))) break;
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
