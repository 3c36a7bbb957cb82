// What a worrying message is about, so the coach can say it back in the person's own terms
// ("It sounds like money is a big worry") instead of one reply for everything.
import { normaliseAnswer } from './answers.ts';

export type ConcernTopic = 'low-mood' | 'drink-or-drugs' | 'home' | 'money' | 'safety-at-home' | 'alone' | 'general';

// Most specific first: "drinking to forget how hopeless it is" is about drink.
const TOPIC_WORDS: ReadonlyArray<[ConcernTopic, RegExp]> = [
  ['safety-at-home', /\b(partner|boyfriend|girlfriend|husband|wife|ex)\b.*\b(hit|hits|hurt|control|controls|takes|took|watch|watches|checks|wont let|doesnt let|lock|locks)\b|\b(abus|coerc|kept in|not allowed out|scared of him|scared of her|scared to go home)/],
  ['drink-or-drugs', /\b(drink|drinking|drunk|booze|alcohol|pissed|wasted|vodka|cans|wine|beer|weed|drugs?|using again|high|pills to cope|smok(e|ing) to cope)\b/],
  ['home', /\b(evict\w*|homeless|kicked out|chucked out|nowhere to (live|stay|sleep|go)|lose (my|the) (flat|house|home|room)|losing (my|the) (flat|house|home|room)|rent|landlord|sofa surf\w*|sleeping rough|on the streets)\b/],
  ['money', /\b(debt|debts|money|skint|broke|bills|overdraft|loan|bailiffs?|cant afford|couldnt afford|could not afford|afford|fares?|payday|no food|food bank|universal credit|sanctioned|arrears)\b/],
  ['alone', /\b(alone|lonely|no one (to talk|cares)|nobody (to talk|cares)|no friends|isolated)\b/],
  ['low-mood', /\b(hopeless|pointless|no point|whats the point|useless|worthless|failure|give up|giving up|cant cope|cant go on|nothing matters|sad|depress\w*|down|low|tired of|exhausted|numb|crying|cry)\b/],
];

export function concernTopicOf(text: string): ConcernTopic {
  const words = normaliseAnswer(text);
  for (const [topic, pattern] of TOPIC_WORDS) if (pattern.test(words)) return topic;
  return 'general';
}
