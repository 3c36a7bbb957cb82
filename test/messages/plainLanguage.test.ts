// Every message the coach can send, rendered with the registry's samples, is plain English:
// reading ease of 70 or more and short sentences (test/plainLanguage.ts). What is not scored,
// and why, is listed once in plainExceptions.ts.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/index.ts';
import { checkPlainLanguage } from '../plainLanguage.ts';
import { PLAIN_LANGUAGE_EXCEPTIONS, withoutExceptions } from './plainExceptions.ts';
import { renderAll } from './render.ts';

const { rendered } = renderAll(en);

describe('plain language in every message', () => {
  it('renders the messages of every module', () => {
    expect(new Set(rendered.map((message) => message.module)).size).toBe(Object.keys(en).length);
  });

  it('is plain in every message, for clients and advisers alike', () => {
    const failures = rendered.flatMap(({ path, text }) => {
      const result = checkPlainLanguage(withoutExceptions(text));
      return result.ok ? [] : [`${path}: ${JSON.stringify(text)}: ${result.problems.join(' ')}`];
    });
    expect(failures).toEqual([]);
  });

  it('does not score names, dates, quoted words or the adviser\'s terms, and says why for each', () => {
    expect(PLAIN_LANGUAGE_EXCEPTIONS.every(({ why }) => why.length > 20)).toBe(true);
    expect(withoutExceptions('Sam Jones said "notwithstanding the aforementioned" on Friday 12 June at 3pm.')).toBe('it said it on it.');
    expect(checkPlainLanguage(withoutExceptions('Please provide documentation evidencing your circumstances.')).ok).toBe(false);
  });
});
