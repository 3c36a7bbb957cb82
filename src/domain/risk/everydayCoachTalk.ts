// What clients say to the coach on an ordinary day (greetings, thanks, questions about benefits or
// the bot, goals, interviews, a new job), from the understanding model's corpus: everyday messages
// for the risk model's wider half. The splits it learns from there are mostly disclosures and
// their look-alikes, so without these it read plain questions to the coach as risk.
import { corpus } from '../understanding/corpus.ts';
import type { Intent } from '../understanding/corpus.ts';
import type { LabelledMessage } from './riskCategories.ts';

const EVERYDAY_INTENTS: readonly Intent[] = ['feeling-good', 'ask-benefits', 'ask-is-human', 'ask-what-next', 'started-work', 'interview', 'want-adviser', 'thanks', 'greeting', 'goal'];

export function everydayCoachTalk(): LabelledMessage[] {
  return EVERYDAY_INTENTS.flatMap((intent) => corpus[intent].map((text): LabelledMessage => ({ text, level: 'none', category: 'everyday' })));
}
