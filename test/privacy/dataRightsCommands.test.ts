import { describe, expect, it } from 'vitest';
import { recogniseDataRightsCommand } from '../../src/bot/dataRightsCommands.ts';
import { recogniseGlobalCommand } from '../../dialogs/commands.ts';
import * as messages from '../../src/messages/en/dataRights.ts';
import { checkPlainLanguage } from '../plainLanguage.ts';

describe('recognising data rights requests', () => {
  it.each([
    ['show my data', 'show-data'],
    ['Download my data', 'show-data'],
    ['Can I see my data please?', 'show-data'],
    ['what do you know about me?', 'show-data'],
    ['DELETE MY DATA', 'delete-data'],
    ['please delete my data', 'delete-data'],
    ['forget me', 'delete-data'],
    ['stop consent', 'withdraw-consent'],
    ['I withdraw my consent', 'withdraw-consent'],
    ['stop using my data', 'withdraw-consent'],
    ['delete my stuff', 'delete-data'],
    ['can you delete my stuff please', 'delete-data'],
    ['delete my answers', 'delete-data'],
    ['what do you have on me?', 'show-data'],
  ])('"%s" means %s', (text, command) => {
    expect(recogniseDataRightsCommand(text)).toBe(command);
  });

  it.each(['my data plan ran out so I could not call', 'stop', 'delete', 'I deleted my old CV', '', 'show my plan', 'i need to sort my stuff out', 'deleted my old stuff off my phone', 'getting rid of my stuff'])('"%s" is not a data request', (text) => {
    expect(recogniseDataRightsCommand(text)).toBeNull();
  });

  it('leaves plain "stop" to cancel', () => {
    expect(recogniseGlobalCommand('stop')).toBe('cancel');
  });
});

describe('data rights wording', () => {
  const texts = Object.entries(messages).flatMap(([name, value]) => {
    if (typeof value === 'string') return [[name, value] as const];
    if (Array.isArray(value)) return value.map((choice: { label: string }) => [name, choice.label] as const);
    return [];
  });
  texts.push([
    'dataSummaryLines',
    messages
      .dataSummaryLines({ name: 'Sam', consentedOn: '5 May 2026', withdrawnOn: null, hasProfile: true, planVersions: 2, goals: 1, steps: 3, reviews: 1, reminders: 2, adviserMessages: 1, saidToMe: 4, checkIns: 2 })
      .join('\n'),
  ]);

  it.each(texts)('%s is plain English', (_name, text) => {
    const result = checkPlainLanguage(text);
    expect(result.problems, text).toEqual([]);
  });
});
