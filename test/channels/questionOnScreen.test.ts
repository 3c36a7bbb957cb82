// The risk check reads what the waiting question is about from the saved dialog stack, whose top is
// its last entry, through each component dialog's own stack.
import { describe, expect, it } from 'vitest';
import type { DialogState } from 'botbuilder-dialogs';
import { aboutOnScreen } from '../../src/bot/questionOnScreen.ts';

const prompt = (about?: string) => ({ id: 'prompt', state: { options: { listening: about ? { about } : {} }, state: {} } });
const component = (id: string, ...stack: object[]) => ({ id, state: { dialogs: { dialogStack: stack } } });

describe('what the question on screen is about', () => {
  it('is the innermost waiting prompt\'s', () => {
    const state = { dialogStack: [component('main', { id: 'mainFlow', state: {} }, component('selfAssessment', { id: 'ask', state: {} }, prompt('work-history')))] } as DialogState;
    expect(aboutOnScreen(state)).toBe('work-history');
  });

  it('is not a question further down the stack', () => {
    const state = { dialogStack: [component('main', component('selfAssessment', prompt('work-history')), { id: 'menuPrompt', state: { options: {} } })] } as DialogState;
    expect(aboutOnScreen(state)).toBeUndefined();
  });

  it('is nothing when no dialog waits', () => {
    expect(aboutOnScreen(undefined)).toBeUndefined();
    expect(aboutOnScreen({ dialogStack: [] })).toBeUndefined();
  });
});
