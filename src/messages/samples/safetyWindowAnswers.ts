import type { SamplesFor } from './index.ts';
import type * as messages from '../en/safetyWindowAnswers.ts';
import type { SafetyKind } from '../../domain/safetyKind.ts';
import { DEFAULT_HOUSING_CONTACTS } from '../../domain/settingsLists.ts';
import { allNews, contacts, reaches } from './fixtures.ts';

const kinds: SafetyKind[][] = [['self'], ['abuse'], ['no-home'], ['harm-to-others'], ['someone-else']];
const dangerTo = [['self'], ['others']] as const;

export const safetyWindowAnswers = {
  whatNextReply: [...allNews.map((news) => [news, ['self']] as const), ...allNews.map((news) => [news, ['abuse']] as const), ...allNews.map((news) => [news, ['self'], true] as const)],
  realPersonReply: reaches,
  whoIsToldReply: [...reaches, ...reaches.map(([reach]) => [reach, true] as const)],
  policeReply: reaches,
  whereToGoReply: [[[...DEFAULT_HOUSING_CONTACTS, ...contacts]]],
  safeAskedAnotherWay: dangerTo,
  safeNowLabel: dangerTo,
  mixUpHeardReply: kinds.flatMap((kind) => reaches.map(([reach]) => [kind, reach] as const)),
  adviserWouldReply: reaches.flatMap(([reach]) => [[reach, ['self']] as const, [reach, ['abuse']] as const]),
  backAfterQuietCheckIn: [[contacts]],
  checkInHardReply: reaches.flatMap(([reach]) => [[reach] as const, [reach, true] as const]),
  whoSeesItReply: reaches,
  whatAdviserIsReply: reaches,
  notFamilyReply: reaches.flatMap(([reach]) => [[reach, ['self']] as const, [reach, ['abuse']] as const]),
  callMeReply: allNews.map((news) => [news] as const),
  noCreditReply: reaches.flatMap(([reach]) => [[reach, ['self'], true] as const, [reach, ['abuse'], true] as const, [reach, ['self'], false] as const]),
  noNeedToTalkReply: reaches,
  numbersBeforeTheSafeQuestion: [[contacts]],
  helpBeforeTheSafeQuestion: [[contacts]],
  thanksInTheWindowReply: [[], [true]],
} satisfies SamplesFor<typeof messages>;
