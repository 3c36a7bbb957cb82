// The adviser's update when a client says more on an open escalation: only an urgent one is called
// "an urgent matter" (a helper found a routine request for a step updated as one, round six).
import { describe, expect, it } from 'vitest';
import { escalationUpdateText } from '../../src/messages/en/escalationUpdates.ts';

const at = new Date('2026-06-08T09:00:00Z');
const timeZone = 'Europe/London';

describe('the update an adviser gets when the client says more', () => {
  it('calls an urgent escalation urgent, and any other by its number', () => {
    expect(escalationUpdateText({ clientName: 'Sam', words: 'hi', urgent: true, number: 4, at, timeZone })).toMatch(/^Update on an urgent matter: Sam wrote again/);
    expect(escalationUpdateText({ clientName: 'Sam', words: 'hi', urgent: false, number: 4, at, timeZone })).toMatch(/^Update on escalation #4: Sam wrote again/);
    expect(escalationUpdateText({ clientName: null, words: 'hi', urgent: false, number: null, at, timeZone })).toMatch(/^Update on an open escalation: Your client wrote again/);
  });
});
