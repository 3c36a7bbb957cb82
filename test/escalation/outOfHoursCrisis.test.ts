// Acceptance (adviser play-test, play6/c item 5): a crisis on a Saturday night. The card's
// contact-by is the next working morning, so its next step must not say "today": it says to reach
// them as soon as someone is at work, and that the client was shown the crisis numbers. In hours,
// the next step is unchanged.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { facts, TestClock, useAdviserBot } from './harness.ts';

describe(`an urgent escalation raised when nobody is at work, on ${testProvider}`, () => {
  const clock = new TestClock(new Date('2026-06-13T21:30:00Z')); // Saturday 13 June, 10:30pm in London
  const { bot, clientOfAnn, lastCardToAnn } = useAdviserBot(clock);

  it('says to reach them as soon as someone is at work, never "today", beside a Monday contact-by', async () => {
    const { user: sam } = await clientOfAnn('sat');
    await sam.say('i cant do this anymore i want to die');
    const card = facts(lastCardToAnn());
    expect(card['Contact by']).toBe('Monday 15 June at 9am');
    expect(card['Next step']).toBe(
      'Nobody was at work when this came in. Reach them as soon as someone is at work, or use your duty route if you are on call. Check they are safe and know the crisis numbers: the coach showed them the numbers.',
    );
    expect(card['Next step']).not.toMatch(/today/i);
    // The webhook's text says the same.
    const hook = bot().webhook.calls.at(-1)!.json;
    expect(JSON.stringify(hook)).toContain('Next step: Nobody was at work when this came in. Reach them as soon as someone is at work');
    expect(JSON.stringify(hook)).not.toContain('Call them today');
  });

  it('keeps "Call them today" for a crisis raised while advisers are at work', async () => {
    clock.set('2026-06-17T10:00:00Z'); // Wednesday, 11am in London
    const { user: sam } = await clientOfAnn('wed');
    await sam.say('i cant do this anymore i want to die');
    expect(facts(lastCardToAnn())['Next step']).toBe('Call them today. Check they are safe and know the crisis numbers.');
  });
});
