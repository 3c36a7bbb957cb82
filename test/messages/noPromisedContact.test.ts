// The coach never promises that a person will get in touch: it cannot know they will. It says what
// it did ("I have told your adviser", "I have asked them to get in touch") and that they will try.
// Play-testing the safety window (December): "A person will read it soon and get in touch", and
// after a lost job "They will get in touch within 3 days". Every message, rendered with the
// registry's samples, is checked.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/index.ts';
import { renderAll } from './render.ts';

const PROMISE = /(?<!\b(?:if|when|whether) )\b(?:they|your adviser|someone|somebody|a person|an adviser|he|she)(?: \w+)? (?:will|would|'ll) (?:call|phone|ring|get in touch|contact|go through it with you)\b|\band (?:will )?get in touch\b/i;

export function promisesContact(texts: readonly string[]): string[] {
  return texts.filter((text) => PROMISE.test(text));
}

describe('no promise that a person will get in touch', () => {
  it('in any message a client reads', () => {
    const { rendered } = renderAll(en);
    const clientFacing = rendered.filter((message) => message.reader !== 'adviser');
    expect(promisesContact(clientFacing.map((message) => `${message.module}.${message.path}: ${message.text}`))).toEqual([]);
  });

  it('catches the wording it is for', () => {
    const said = [
      'They will get in touch within 3 days to help you with what comes next.',
      'A person will read it soon and get in touch.',
      'Then they would get in touch to check you are OK.',
      'Your adviser will call you today.',
      'They will go through it with you by Monday 15 June.',
      'They will try to get in touch.',
      'I have asked them to get in touch within 3 days.',
      'Type "talk to my adviser" and I will ask them to get in touch.',
      'I do not know if or when they will phone you.',
    ];
    expect(promisesContact(said)).toEqual(said.slice(0, 5));
  });
});
