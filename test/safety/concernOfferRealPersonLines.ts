// Replies to "Would you like your adviser to get in touch?" after a worry, written before any
// mend (play-testing, December: "i want to speak to a real person not a robot" and "is my adviser
// going to be angry with me?" had been "OK. Your adviser is there if you want them."; "i got an
// interview on thursday and im terrified" had been "Sorry, I did not follow that."). Every fourth
// line (heldOut) was never looked at while mending, only measured before and after.
export type OfferReplyKind = 'yes' | 'no' | 'question' | 'news' | 'feeling';
// gap: still wrong after the mend, and why (each left for the files that hear it first).
export type OfferReplyLine = { say: string; kind: OfferReplyKind; heldOut: boolean; gap?: string };

const GAPS: Record<string, string> = {
  'can a real person ring me': 'read as a worry by the risk check first (held out)',
  'not right now thanks': 'left open, not a no: no hand-over either way (held out)',
  'will my adviser be disappointed in me': 'read as a crisis by the risk check, which comes first (src/domain/risk*)',
  'is she gonna be mad at me??': 'read as abuse by the risk check, which comes first (src/domain/risk*)',
  'they want me in for a trial shift on monday, bricking it': 'a trial shift is not read as job-search news (src/domain/jobSearch.ts)',
};

const LINES: [OfferReplyKind, string][] = [
  ['yes', 'i want to speak to a real person not a robot'],
  ['yes', 'can i talk to someone real'],
  ['yes', 'get me a human'],
  ['yes', 'i need to speak to someone pls'],
  ['yes', 'yes but i want a call not a text'],
  ['yes', 'put me through to a real person'],
  ['yes', 'i just want to talk to an actual human being'],
  ['yes', 'yh go on then'],
  ['yes', 'ye pls'],
  ['yes', 'let me speak to somebody'],
  ['yes', "i'd rather talk to a person than a computer"],
  ['yes', 'please i need talk with real person'],
  ['yes', 'yes please can they ring me after 3'],
  ['yes', 'i want my adviser'],
  ['yes', 'sounds good yeah'],
  ['yes', 'can a real person ring me'],
  ['yes', 'yes. I would like speak to adviser'],
  ['yes', 'go on then, get someone to call me'],
  ['yes', 'i wanna speak to a human not a bot'],
  ['yes', 'need a real person tbh'],
  ['no', 'no ta'],
  ['no', 'nah im ok'],
  ['no', 'no i dont want them knowing'],
  ['no', 'not right now thanks'],
  ['no', 'no thank you, I will manage'],
  ['no', 'nope'],
  ['no', "i'm fine honestly, no need"],
  ['no', 'no its ok i dont need anyone'],
  ['question', 'is my adviser going to be angry with me?'],
  ['question', 'will she be cross with me'],
  ['question', 'am i in trouble?'],
  ['question', 'will they think im lazy'],
  ['question', 'will my adviser be disappointed in me'],
  ['question', 'wud they shout at me'],
  ['question', 'are they going to tell me off'],
  ['question', 'does my adviser get angry with people who forget things'],
  ['question', 'will i get in trouble for not ringing the nursery'],
  ['question', 'is she gonna be mad at me??'],
  ['news', 'i got an interview on thursday and im terrified'],
  ['news', 'got an interview at tesco friday!! so nervous'],
  ['news', 'i have job interview next week, i am very scared'],
  ['news', 'i applied for 3 jobs yesterday'],
  ['news', 'i got a job!!'],
  ['news', 'had an interview today, think it went ok'],
  ['news', 'they want me in for a trial shift on monday, bricking it'],
  ['news', 'i sent my cv to asda and lidl'],
  ['feeling', 'im just really tired of all of it'],
  ['feeling', 'i feel sick with nerves all the time'],
  ['feeling', 'honestly i dont know how i feel'],
  ['feeling', 'scared tbh'],
];

export const OFFER_REPLY_LINES: OfferReplyLine[] = LINES.map(([kind, say], index) => ({ kind, say, heldOut: index % 4 === 3, ...(GAPS[say] ? { gap: GAPS[say] } : {}) }));
