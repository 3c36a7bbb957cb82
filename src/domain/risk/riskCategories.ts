// The kinds of message the risk corpus is labelled with. Each kind has one level and the words an
// adviser reads. The suicide kinds follow the Columbia Suicide Severity Rating Scale's ladder
// (wish to be dead, thoughts, method, intent, plan, behaviour); the safeguarding kinds are abuse,
// coercive control and harm to others. Every rung counts as crisis: a wish to be dead is enough
// for a person to call the client today.
import type { RiskLevel } from '../riskPatterns.ts';

export const RISK_CATEGORIES = {
  // Crisis: the Columbia ladder.
  'wish-dead': { level: 'crisis', reason: 'wishes to be dead' },
  'suicidal-thoughts': { level: 'crisis', reason: 'thoughts of suicide' },
  method: { level: 'crisis', reason: 'thinking about a way to end their life' },
  intent: { level: 'crisis', reason: 'intends to end their life' },
  plan: { level: 'crisis', reason: 'a plan to end their life' },
  preparation: { level: 'crisis', reason: 'preparing to end their life, or a past attempt' },
  // Crisis: harm and safeguarding.
  'self-harm': { level: 'crisis', reason: 'self-harm' },
  'harm-to-others': { level: 'crisis', reason: 'harm to someone else' },
  abuse: { level: 'crisis', reason: 'abuse or violence' },
  'coercive-control': { level: 'crisis', reason: 'coercive control' },
  'acute-practical': { level: 'crisis', reason: 'no safe place, food or power tonight' },
  // Concern: struggling, said without the obvious words.
  hopelessness: { level: 'concern', reason: 'hopelessness' },
  worthlessness: { level: 'concern', reason: 'feels worthless' },
  'substance-coping': { level: 'concern', reason: 'drinking or drugs to cope' },
  'losing-home': { level: 'concern', reason: 'may lose their home' },
  debt: { level: 'concern', reason: 'money worries' },
  'not-sleeping': { level: 'concern', reason: 'not eating or sleeping' },
  isolation: { level: 'concern', reason: 'feels alone' },
  'not-coping': { level: 'concern', reason: 'not coping' },
  'low-mood': { level: 'concern', reason: 'low mood' },
  // "I'm not going to hurt myself": the words are on their mind, so a gentle check-in.
  'said-not': { level: 'concern', reason: 'spoke of harm, then said they would not' },
  // "I'll kill him lol": probably a figure of speech, but someone should ask.
  'joked-harm': { level: 'concern', reason: 'joked about hurting someone' },
  // None: look-alikes and ordinary messages.
  idiom: { level: 'none', reason: 'everyday idiom' },
  'negated-benign': { level: 'none', reason: 'said they are fine' },
  'third-person': { level: 'none', reason: 'about someone else or the news' },
  fiction: { level: 'none', reason: 'games, films or books' },
  everyday: { level: 'none', reason: 'an ordinary message' },
} as const satisfies Record<string, { level: RiskLevel; reason: string }>;

export type RiskCategory = keyof typeof RISK_CATEGORIES;

/** Messages written as people type them, filed by kind. */
export type RiskCorpus = Partial<Record<RiskCategory, readonly string[]>>;

export type LabelledMessage = { text: string; category: RiskCategory; level: RiskLevel };

export function labelled(corpus: RiskCorpus): LabelledMessage[] {
  return (Object.entries(corpus) as [RiskCategory, readonly string[]][]).flatMap(([category, texts]) =>
    texts.map((text) => ({ text, category, level: RISK_CATEGORIES[category].level })),
  );
}
