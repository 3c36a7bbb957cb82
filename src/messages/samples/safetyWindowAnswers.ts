import type { SamplesFor } from './index.ts';
import type * as messages from '../en/safetyWindowAnswers.ts';
import { DEFAULT_HOUSING_CONTACTS } from '../../domain/settingsLists.ts';
import { allNews, contacts, reaches } from './fixtures.ts';

export const safetyWindowAnswers = {
  whatNextReply: [...allNews.map((news) => [news, ['self']] as const), ...allNews.map((news) => [news, ['abuse']] as const)],
  realPersonReply: reaches,
  whoIsToldReply: reaches,
  policeReply: reaches,
  whereToGoReply: [[[...DEFAULT_HOUSING_CONTACTS, ...contacts]]],
} satisfies SamplesFor<typeof messages>;
