// The pieces behind escalation: office hours, the webhook signature, the card, the words the
// client reads, and the crisis-contacts setting.
import { describe, expect, it } from 'vitest';
import { checkPlainLanguage } from '../plainLanguage.ts';
import { cardTexts, validateAdaptiveCard } from '../support/adaptiveCards.ts';
import { isWithinOfficeHours, nextOpening, openingTime, parseOfficeHours } from '../../src/domain/officeHours.ts';
import { openingWords } from '../../src/messages/en/common.ts';
import { signBody, verifySignature } from '../../src/escalation/webhook.ts';
import { escalationCard, planCard } from '../../src/cards/escalationCard.ts';
import { buildEscalationSummary, type EscalationSummaryInput } from '../../src/domain/escalationSummary.ts';
import type { BarrierId } from '../../src/domain/barriers.ts';
import { renderWebChatMarkdown, tagsIn, visibleText } from '../support/renderers.ts';
import { decisionFor } from '../../src/domain/escalationRules.ts';
import { loadConfig } from '../../src/config.ts';
import { DEFAULT_CRISIS_CONTACTS } from '../../src/domain/settingsLists.ts';
import * as crisis from '../../src/messages/en/crisis.ts';
import * as safety from '../../src/messages/en/safetyReplies.ts';
import * as adviser from '../../src/messages/en/adviser.ts';

const LONDON = 'Europe/London';
const hours = parseOfficeHours('Mon-Fri 09:00-17:00')!;

describe('office hours', () => {
  it('reads days and times', () => {
    expect(hours).toEqual({ days: [1, 2, 3, 4, 5], startMinutes: 540, endMinutes: 1020 });
    expect(parseOfficeHours('Sat,Sun 10:00-14:30')).toEqual({ days: [6, 0], startMinutes: 600, endMinutes: 870 });
    expect(parseOfficeHours('whenever')).toBeNull();
    expect(parseOfficeHours('Mon-Fri 17:00-09:00')).toBeNull();
  });

  it('knows when someone is at work, in London time across the clock change', () => {
    expect(isWithinOfficeHours(hours, new Date('2026-03-04T10:00:00Z'), LONDON)).toBe(true);
    expect(isWithinOfficeHours(hours, new Date('2026-03-04T17:00:00Z'), LONDON)).toBe(false);
    // Summer time: 08:30 UTC is 09:30 in London.
    expect(isWithinOfficeHours(hours, new Date('2026-06-03T08:30:00Z'), LONDON)).toBe(true);
    expect(isWithinOfficeHours(hours, new Date('2026-03-07T12:00:00Z'), LONDON)).toBe(false);
  });

  it('says when the office next opens, in words', () => {
    const friday = new Date('2026-03-06T18:00:00Z');
    const describeOpening = (opening: Date, now: Date, zone: string): string => openingWords(openingTime(opening, now, zone));
    expect(describeOpening(nextOpening(hours, friday, LONDON), friday, LONDON)).toBe('on Monday at 9am');
    const earlyTuesday = new Date('2026-03-03T06:00:00Z');
    expect(describeOpening(nextOpening(hours, earlyTuesday, LONDON), earlyTuesday, LONDON)).toBe('later today at 9am');
    const wednesdayEvening = new Date('2026-03-04T19:00:00Z');
    expect(describeOpening(nextOpening(hours, wednesdayEvening, LONDON), wednesdayEvening, LONDON)).toBe('tomorrow at 9am');
  });
});

describe('the webhook signature', () => {
  it('is sha256=<hex HMAC of the raw body> and checks in constant time', () => {
    const body = '{"event":"escalation.raised"}';
    expect(signBody('secret', body)).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature('secret', body, signBody('secret', body))).toBe(true);
    expect(verifySignature('secret', `${body} `, signBody('secret', body))).toBe(false);
    expect(verifySignature('secret', body, undefined)).toBe(false);
  });
});

describe('the escalation card', () => {
  const now = new Date('2026-03-04T10:00:00Z');
  const summaryInput = {
    clientDisplayName: '**Sam** [click](http://evil.example)',
    decision: decisionFor('crisis', 'Their message suggests a risk to safety.', now),
    goals: ['Work in a {{DATE(2026-01-01)}} garden'],
    actionItems: [{ text: 'Call _the_ garden centre', dueDate: new Date('2026-03-01T00:00:00Z'), done: false }],
    lastReviewDate: null,
    recentMessages: [{ text: 'I <script>alert(1)</script> give up', sentAt: now }],
    barriers: ['housing'] as BarrierId[],
    locusOfControl: 'external',
    supportMarker: 'red',
    lastContactAt: now,
    now,
  } satisfies EscalationSummaryInput;
  const summary = buildEscalationSummary(summaryInput);

  it('is valid Adaptive Card 1.5 with the four Action.Execute buttons', () => {
    const card = escalationCard(summary, { escalationId: 'e1', status: 'delivered', response: null });
    expect(validateAdaptiveCard(card).errors).toEqual([]);
    expect(card.actions!.map((action: any) => action.title)).toEqual(['Acknowledge', "I'll contact them today", 'Resolve', 'View plan']);
  });

  it('shows everything the client wrote as text, as Web Chat renders it', () => {
    const card = escalationCard(summary, { escalationId: 'e1', status: 'delivered', response: null });
    const shown = [...cardTexts(card), ...JSON.stringify(card).match(/"value":"[^"]*"/g)!.map((fact) => JSON.parse(`{${fact}}`).value as string)];
    const rendered = shown.map((text) => renderWebChatMarkdown(text));
    expect(rendered.map(visibleText)).toContain('URGENT: **Sam** [click](http://evil.example)');
    expect(rendered.map(visibleText).join('\n')).toContain('Call _the_ garden centre');
    expect(rendered.map(visibleText).join('\n')).toContain('I <script>alert(1)</script> give up');
    for (const html of rendered) expect(tagsIn(html).filter((tag) => tag !== 'a')).toEqual(['p']);
    expect(cardTexts(card).join('\n')).not.toContain('{{DATE');
  });

  it('offers a Teams chat link when the client is on Teams, and says how to reach them', () => {
    const onTeams = buildEscalationSummary({
      ...summaryInput,
      clientDisplayName: '',
      reach: { channel: 'msteams', channelName: 'Megan Jones', chatLink: 'https://teams.microsoft.com/l/chat/0/0?users=aad-1' },
    });
    const card = escalationCard(onTeams, { escalationId: 'e1', status: 'delivered', response: null });
    expect(validateAdaptiveCard(card).errors).toEqual([]);
    expect(card.actions![0]).toEqual({ type: 'Action.OpenUrl', title: 'Open chat in Teams', url: 'https://teams.microsoft.com/l/chat/0/0?users=aad-1' });
    expect(JSON.stringify(card)).toContain('"title":"How to reach them","value":"Teams: Megan Jones (use \\"Open chat in Teams\\")"');
  });

  it('shows who answered and drops the buttons already used', () => {
    const card = escalationCard(summary, {
      escalationId: 'e1',
      status: 'acknowledged',
      response: { kind: 'will-contact-today', by: 'Ann', at: now },
    });
    expect(cardTexts(card).join('\n')).toMatch(/Ann will contact them today/);
    expect(card.actions!.map((action: any) => action.verb)).toEqual(['escalation.resolve', 'escalation.viewPlan']);
  });

  it('has a valid plan view', () => {
    const card = planCard({ escalationId: 'e1', clientName: 'Sam', goals: ['Gardener'], items: [{ text: 'Call', owner: 'client', dueAt: null, status: 'open' }], timeZone: LONDON });
    expect(validateAdaptiveCard(card).errors).toEqual([]);
  });
});

describe('what the client reads', () => {
  const inHours = { told: true, inHours: true } as const;
  const outOfHours = { told: true, inHours: false, opening: { dayOffset: 3, weekday: 1, minutes: 540 }, opensAt: new Date('2026-06-15T08:00:00Z') } as const;
  const kinds = [['self'], ['abuse'], ['harm-to-others'], ['no-home'], ['self', 'abuse'], ['abuse', 'harm-to-others', 'no-home']] as const;
  const reaches = ['told', 'not-reached', 'no-details'] as const;
  const texts = [
    ...kinds.map((kind) => safety.safetyReply(kind, DEFAULT_CRISIS_CONTACTS)),
    ...[inHours, outOfHours, { told: false } as const, { told: false, notReached: true } as const].map((news) => safety.handoverReply(news)),
    ...kinds.flatMap((kind) => reaches.map((reach) => safety.safetyAgainReply(kind, DEFAULT_CRISIS_CONTACTS, reach))),
    ...kinds.flatMap((kind) => reaches.map((reach) => safety.correctionHeardReply(kind, reach))),
    ...(['low-mood', 'drink-or-drugs', 'home', 'money', 'safety-at-home', 'alone', 'general'] as const).flatMap((topic) => [
      crisis.concernQuestion(topic),
      crisis.concernHeardReply(topic),
      crisis.concernPassedOnReply(topic),
      crisis.concernPassedOnReply(topic, 'not-reached'),
    ]),
    crisis.concernNotNowReply,
    ...reaches.map((reach) => crisis.stillHereReply(reach)),
    crisis.numbersAgainReply(DEFAULT_CRISIS_CONTACTS),
    ...reaches.map((reach) => crisis.adviserAlreadyToldReply(reach)),
    ...reaches.map((reach) => crisis.safetyWindowHelp(reach, DEFAULT_CRISIS_CONTACTS)),
    ...reaches.map((reach) => crisis.takenBackReply(reach)),
    ...reaches.flatMap((reach) => [crisis.notSafeReply('self', DEFAULT_CRISIS_CONTACTS, reach), crisis.notSafeReply('others', DEFAULT_CRISIS_CONTACTS, reach)]),
    crisis.callNowFirst('others'),
    crisis.areYouSafeQuestion('others'),
    crisis.safeHeardReply('others'),
    crisis.welcomeBackAfterCrisis,
    crisis.jobLossReply,
    adviser.adviserAskedReply(inHours, DEFAULT_CRISIS_CONTACTS),
    adviser.adviserAskedReply(outOfHours, DEFAULT_CRISIS_CONTACTS),
    adviser.adviserNotReachedReply(DEFAULT_CRISIS_CONTACTS),
    adviser.myCodeReply('K7P2QX'),
    adviser.adviserWithoutConsentReply,
    adviser.notAnAdviserReply,
  ];

  it.each(texts.map((text) => [text]))('is plain English: %s', (text) => {
    const result = checkPlainLanguage(text);
    expect(result.problems).toEqual([]);
  });

  it('never pretends to be a person and always gives a human route', () => {
    for (const kind of [['self'], ['harm-to-others']] as const) {
      const reply = safety.safetyReply(kind, DEFAULT_CRISIS_CONTACTS);
      expect(reply).toMatch(/I am a computer/);
      expect(reply).toMatch(/116 123/);
      expect(reply).toMatch(/999/);
    }
    expect(safety.handoverReply(outOfHours)).toMatch(/nobody is at work right now/);
  });

  it('says the one thing each other kind in the message needs', () => {
    const reply = safety.safetyReply(['abuse', 'harm-to-others', 'no-home'], DEFAULT_CRISIS_CONTACTS);
    expect(reply).toMatch(/Nobody has the right to hurt you/);
    expect(reply).toMatch(/If you feel you might hurt someone, please move away from them now/);
    expect(reply).toMatch(/ask your local council for the homeless team/);
    expect(reply).toMatch(/may be able to read this chat/);
  });

  it('says the adviser was told only when they were', () => {
    expect(safety.handoverReply(inHours)).toMatch(/I have told your adviser now/);
    for (const news of [{ told: false } as const, { told: false, notReached: true } as const]) {
      expect(safety.handoverReply(news)).not.toMatch(/I have told|adviser knows|adviser will/i);
      expect(safety.handoverReply(news)).toMatch(/numbers above are the way to talk to a person/);
    }
    for (const reach of ['not-reached', 'no-details'] as const) {
      const replies = [
        ...kinds.map((kind) => safety.safetyAgainReply(kind, DEFAULT_CRISIS_CONTACTS, reach)),
        ...kinds.map((kind) => safety.correctionHeardReply(kind, reach)),
        crisis.stillHereReply(reach),
        crisis.adviserAlreadyToldReply(reach),
        crisis.safetyWindowHelp(reach, DEFAULT_CRISIS_CONTACTS),
        crisis.takenBackReply(reach),
        crisis.notSafeReply('self', DEFAULT_CRISIS_CONTACTS, reach),
        crisis.notSafeReply('others', DEFAULT_CRISIS_CONTACTS, reach),
      ];
      for (const reply of replies) expect(reply).not.toMatch(/I have told|adviser knows|adviser already knows|adviser will|I will ask them/i);
    }
  });
});

describe('the CRISIS_CONTACTS setting', () => {
  it('uses UK defaults and accepts a deployment’s own list', () => {
    expect(loadConfig({}).CRISIS_CONTACTS.map((contact) => contact.phone ?? contact.text)).toEqual(['116 123', '111 and choose option 2', 'SHOUT to 85258', '999']);
    const irish = loadConfig({ CRISIS_CONTACTS: '[{"name":"Samaritans Ireland","phone":"116 123","when":"any time"},{"name":"Emergency","phone":"112"}]' });
    expect(safety.safetyReply(['self'], irish.CRISIS_CONTACTS)).toMatch(/Emergency: call 112\./);
  });

  it('takes a contact reached by text, and refuses one with neither a phone nor a text', () => {
    const own = loadConfig({ CRISIS_CONTACTS: '[{"name":"Textline","text":"HELLO to 50808"},{"name":"Both","phone":"0300 000","text":"HI to 60000"}]' });
    expect(safety.safetyReply(['self'], own.CRISIS_CONTACTS)).toMatch(/- Textline: text HELLO to 50808\.\n- Both: call 0300 000 or text HI to 60000\./);
    expect(() => loadConfig({ CRISIS_CONTACTS: '[{"name":"Nothing"}]' })).toThrow(/CRISIS_CONTACTS[\s\S]*a phone or a text/);
  });

  it('has numbers for abuse and for nowhere safe tonight, UK by default, each settable', () => {
    const config = loadConfig({});
    expect(config.ABUSE_CONTACTS.map((contact) => contact.phone)).toEqual(['0808 2000 247', '999']);
    expect(config.HOUSING_CONTACTS.map((contact) => contact.phone)).toEqual(['0808 800 4444', '999']);
    const own = loadConfig({ ABUSE_CONTACTS: '[{"name":"Local refuge","phone":"0100 000 000"}]', HOUSING_CONTACTS: '[{"name":"Council","phone":"0200 000 000"}]' });
    expect(own.ABUSE_CONTACTS).toEqual([{ name: 'Local refuge', phone: '0100 000 000', when: '' }]);
    expect(own.HOUSING_CONTACTS).toEqual([{ name: 'Council', phone: '0200 000 000', when: '' }]);
    expect(own.CRISIS_CONTACTS).toEqual(config.CRISIS_CONTACTS);
  });

  it('stops start-up on a bad value, naming the setting', () => {
    expect(() => loadConfig({ CRISIS_CONTACTS: '[{"name":"x"}]' })).toThrow(/CRISIS_CONTACTS/);
    expect(() => loadConfig({ ABUSE_CONTACTS: 'not json' })).toThrow(/ABUSE_CONTACTS/);
    expect(() => loadConfig({ HOUSING_CONTACTS: '[]' })).toThrow(/HOUSING_CONTACTS/);
    expect(() => loadConfig({ ADVISER_HOURS: 'always' })).toThrow(/ADVISER_HOURS/);
    expect(() => loadConfig({ ADVISERS: '[{"name":"Ann"}]' })).toThrow(/ADVISERS/);
  });
});
