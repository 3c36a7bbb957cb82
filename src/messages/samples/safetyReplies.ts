import type { SamplesFor } from './index.ts';
import type * as messages from '../en/safetyReplies.ts';
import type { SafetyKind } from '../../domain/safetyKind.ts';
import { DEFAULT_ABUSE_CONTACTS, DEFAULT_HOUSING_CONTACTS } from '../../domain/settingsLists.ts';
import { allNews, contacts, reaches } from './fixtures.ts';

const byKind: [SafetyKind[], typeof contacts][] = [
  [['self'], contacts],
  [['abuse'], DEFAULT_ABUSE_CONTACTS],
  [['harm-to-others'], contacts],
  [['no-home'], DEFAULT_HOUSING_CONTACTS],
  [['someone-else'], contacts],
  [['self', 'abuse'], [...contacts, ...DEFAULT_ABUSE_CONTACTS]],
  [['abuse', 'harm-to-others', 'no-home'], [...DEFAULT_ABUSE_CONTACTS, ...contacts, ...DEFAULT_HOUSING_CONTACTS]],
];

export const safetyReplies = {
  safetyReply: byKind,
  handoverReply: [...allNews.map((news) => [news] as const), ...allNews.map((news) => [news, ['abuse']] as const), ...allNews.map((news) => [news, ['self', 'abuse']] as const)],
  someoneElseHeardReply: reaches.map(([reach]) => [contacts, reach] as const),
  safetyAgainReply: byKind.flatMap(([kinds, list]) => reaches.map(([reach]) => [kinds, list, reach] as const)),
  correctionHeardReply: [
    ...byKind.flatMap(([kinds]) => reaches.map(([reach]) => [kinds, reach] as const)),
    ...(['joke', 'wont-act', 'misread', 'why-numbers'] as const).flatMap((how) => byKind.map(([kinds]) => [kinds, reaches[0]![0], how] as const)),
  ],
  offerAskedPlainly: [[true], [false]],
  willSomeoneRingReply: [...allNews.map((news) => [news, ['self']] as const), ...allNews.map((news) => [news, ['abuse']] as const)],
  inTroubleReply: reaches,
  planWaitsReply: [[], [true]],
  fineTakenBackReply: byKind.flatMap(([kinds, list]) => reaches.flatMap(([reach]) => [[kinds, list, reach] as const, [kinds, list, reach, true] as const])),
} satisfies SamplesFor<typeof messages>;
