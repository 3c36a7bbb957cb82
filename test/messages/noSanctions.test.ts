// The coach never threatens or decides sanctions and never diagnoses: no message, rendered with
// the registry's samples, says so, and no string written in a message file does either (so a
// branch no sample reaches is covered too). The words are in forbiddenWords.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/index.ts';
import { forbidden } from './forbiddenWords.ts';
import { renderAll } from './render.ts';

const folder = fileURLToPath(new URL('../../src/messages/en/', import.meta.url));

/** String and template literals in source, comments removed. */
function literalsIn(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
  return [...code.matchAll(/'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|`((?:\\.|[^`\\])*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

describe('no sanctions, threats or diagnoses', () => {
  it('in any message', () => {
    const { rendered } = renderAll(en);
    expect(forbidden(rendered.map((message) => message.text))).toEqual([]);
  });

  it('in any string of a message file', () => {
    const files = readdirSync(folder).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBe(Object.keys(en).length);
    for (const file of files) expect(forbidden(literalsIn(readFileSync(`${folder}${file}`, 'utf8'))), file).toEqual([]);
  });

  it('catches the wording it is for', () => {
    const said = [
      'If you miss this, you may get a sanction.', 'Your benefits will be stopped.', 'You could lose your benefits.', 'Your money could be cut.',
      'You must apply for 3 jobs.', 'This is required.', 'You will get a penalty.', 'Do it or else.', 'It sounds like depression.',
      'That is fine.', 'Well done!', 'Your adviser can help with benefits.',
    ];
    expect(forbidden(said)).toEqual(said.slice(0, 9));
  });
});
