// Acceptance (play-test 13, Ann the adviser): "resolve Gary rang him, he wants a face to face,
// booked for thurs" while Gary had two escalations not closed said "I could not find that
// escalation", and her note was lost. Now she is told Gary has more than one, each listed (number
// and reason, urgent first), her note said back, and a button for each that closes it with her note;
// nothing is closed until she picks. The lines are advisers' ways of typing it; the last quarter
// was held out while mending.
import { describe, expect, it } from 'vitest';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

type Line = [typed: string, note: string];

const OWN_LINES: Line[] = [
  ['resolve Gary rang him, he wants a face to face, booked for thurs', 'rang him, he wants a face to face, booked for thurs'],
  ['resolve gary spoke 2 him on phone all good', 'spoke 2 him on phone all good'],
  ['resolve Gary: left a voicemail', 'left a voicemail'],
  ['resolve gary - seen him in office today', 'seen him in office today'],
  ['Resolve GARY called, no answer, sent letter', 'called, no answer, sent letter'],
  ['resolve gary he come in tuesday we talk', 'he come in tuesday we talk'],
  ['resolve gary. met at jobcentre', 'met at jobcentre'],
  ['resolve  gary   texted him back', 'texted him back'],
  ['resolve gary smith rang him back', 'rang him back'],
];
const HELD_OUT: Line[] = [
  ['resolve gary booked appt for fri 10am', 'booked appt for fri 10am'],
  ['resolve Gary, phoned, he is fine, wants cv help', 'phoned, he is fine, wants cv help'],
  ["resolve gary sorted - he's coming in monday", "sorted - he's coming in monday"],
];

const buttonsOf = (activity: { suggestedActions?: { actions: { title: string; value: unknown }[] } }) =>
  (activity.suggestedActions?.actions ?? []).map((action) => [action.title, action.value]);

describe('resolve by name, with a note, for a client with more than one escalation', () => {
  const clock = new TestClock(new Date('2026-06-08T09:00:00Z'));
  const kit = useAdviserBot(clock);
  const { client, raise, said, statusOf } = caseloadKit(kit.bot, kit.ann);
  const lastToAnn = () => kit.bot().connector.repliesTo(kit.ann().conversationId).at(-1)!;
  const numbers = { asked: 0, quiet: 0, crisis: 0, deeQuiet: 0 };

  it('sets up Gary (asked for Ann, then not replying) and Dee (not replying, then a crisis)', async () => {
    await client('gary', 'Gary Smith', 'Gary Smith');
    await client('dee', 'Dee', 'Dee');
    numbers.asked = await raise('gary', 'client-asked');
    clock.advanceMinutes(60);
    numbers.quiet = await raise('gary', 'outreach-unanswered');
    numbers.deeQuiet = await raise('dee', 'outreach-unanswered');
    clock.advanceMinutes(60);
    numbers.crisis = await raise('dee', 'crisis');
    expect(await said('ack all')).toMatch(/^Acknowledged 4 escalations/);
  });

  it.each([...OWN_LINES.map((line) => ['own', ...line]), ...HELD_OUT.map((line) => ['held out', ...line])])(
    '%s: %j lists both, keeps the note, and closes nothing',
    async (_set, typed, note) => {
      const reply = await said(typed);
      expect(reply).not.toMatch(/could not find/i);
      expect(reply).toContain('Gary Smith has 2 escalations not closed. Nothing was closed yet.');
      expect(reply).toMatch(new RegExp(`- #${numbers.asked} Soon Gary Smith: Asked for you[^\\n]*\\n- #${numbers.quiet} Soon Gary Smith: Not replying to messages`));
      expect(reply).toContain(`Your note: "${note}"`);
      expect(reply).toContain(`resolve ${numbers.asked} ${note}`);
      expect(buttonsOf(lastToAnn())).toEqual([
        [`Close #${numbers.asked}: Asked for you`, `resolve ${numbers.asked} ${note}`],
        [`Close #${numbers.quiet}: Not replying to messages`, `resolve ${numbers.quiet} ${note}`],
      ]);
      expect(await statusOf(numbers.asked)).toBe('acknowledged');
      expect(await statusOf(numbers.quiet)).toBe('acknowledged');
    },
  );

  it('lists the urgent one first, though it was raised last', async () => {
    const reply = await said('resolve dee spoke to her, safe, GP tomorrow');
    expect(reply).toMatch(new RegExp(`- #${numbers.crisis} URGENT Dee: [^\\n]*\\n- #${numbers.deeQuiet} Soon Dee: Not replying`));
    expect(buttonsOf(lastToAnn()).map(([, value]) => value)).toEqual([
      `resolve ${numbers.crisis} spoke to her, safe, GP tomorrow`,
      `resolve ${numbers.deeQuiet} spoke to her, safe, GP tomorrow`,
    ]);
    expect(await statusOf(numbers.crisis)).toBe('acknowledged');
  });

  it('the button she taps closes that one with her note, and leaves the other open', async () => {
    const note = 'rang him, he wants a face to face, booked for thurs';
    await said(`resolve Gary ${note}`);
    const [, value] = buttonsOf(lastToAnn())[0]!;
    const reply = await said(String(value));
    expect(reply).toContain(`Closed: #${numbers.asked} Soon Gary Smith: Asked for you`);
    expect(reply).toContain(`What was done: "${note}"`);
    expect(await statusOf(numbers.asked)).toBe('resolved');
    expect(await statusOf(numbers.quiet)).toBe('acknowledged');
    // With one left, the name alone picks it, as it did before.
    expect(await said('resolve gary he rang back')).toContain(`Closed: #${numbers.quiet} Soon Gary Smith: Not replying to messages`);
  });

  it('"resolve gary" with nothing after it, and a name with nothing open, say what they said before', async () => {
    expect(await said('resolve dee')).toContain('More than one escalation matches "dee". Nothing was changed yet:');
    expect(await said('resolve gary rang him')).toContain('I could not find');
  });
});
