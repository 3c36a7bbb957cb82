// Round ten, a new starter unsure of the commands: "how do i add a step for a client", "how do i
// cancel a review", "what does ack mean" each had "I did not understand that" and the whole list.
// Read here as what they asked how to do, so only the lines of the list that do it are shown.
// Pure: no I/O.

export type HowToTopic =
  | 'escalations'
  | 'ack'
  | 'resolve'
  | 'caseload'
  | 'plan'
  | 'add'
  | 'move'
  | 'done'
  | 'agree'
  | 'message'
  | 'review'
  | 'cancel'
  | 'style'
  | 'reminders'
  | 'code';

const ASKING_HOW = /^(?:how (?:do|can|would|should|shall|could) (?:i|we|you)|how to|whats the (?:command|way) (?:to|for)|what is the (?:command|way) (?:to|for)|what do i (?:type|say|write) (?:to|for)|what does|what do|what is|whats|can i|is there a way to|where do i|where can i)\b/;

const TOPICS: readonly [HowToTopic, RegExp][] = [
  ['escalations', /\b(?:escalations?|alerts?|urgent)\b/],
  ['ack', /\b(?:ack|acknowledge|acknowledging)\b/],
  ['resolve', /\b(?:resolve|close|closing|resolving)\b/],
  ['caseload', /\b(?:caseload|case load|my clients|all (?:my )?clients)\b/],
  ['plan', /\b(?:see|view|open|look at|show) (?:a |the |their |a clients |my clients )?plans?\b/],
  ['add', /\b(?:add|adding|new|set|give)\b.*\b(?:steps?|actions?|tasks?|goals?)\b|\badd\b/],
  ['move', /\b(?:move|change|push|reschedule)\b.*\b(?:date|day|deadline|steps?|actions?|tasks?)\b/],
  ['done', /\b(?:done|complete|tick|finish)\b/],
  ['agree', /\bagree\b/],
  ['message', /\b(?:message|msg|text|reply|write to|send)\b/],
  ['review', /\breviews?\b/],
  ['cancel', /\bcancel\b/],
  ['style', /\bstyle\b/],
  ['reminders', /\b(?:reminders?|resume|paused?)\b/],
  ['code', /\b(?:invite|code|link (?:a )?client|sign (?:a client )?up|add (?:a )?(?:new )?client)\b/],
];

// A topic that a more exact one stands for: "cancel a review" is cancelling, "close an escalation" resolving.
const COVERED_BY: Partial<Record<HowToTopic, readonly HowToTopic[]>> = {
  review: ['cancel'],
  escalations: ['ack', 'resolve'],
  add: ['code'],
  move: ['review'],
};

/** What the adviser asked how to do, in the order they said it; null when the words do not ask how. */
export function readHowTo(text: string): HowToTopic[] | null {
  const said = text.toLowerCase().replace(/[\u2018\u2019'`]/g, '').replace(/[?!.]+$/, '').replace(/\s+/g, ' ').trim();
  if (!ASKING_HOW.test(said)) return null;
  const found = TOPICS.map(([topic, pattern]) => ({ topic, at: said.search(pattern) })).filter((hit) => hit.at >= 0);
  const topics = found.sort((a, b) => a.at - b.at).map((hit) => hit.topic);
  const exact = topics.filter((topic) => !(COVERED_BY[topic] ?? []).some((other) => topics.includes(other)));
  return exact.length > 0 ? exact : null;
}
