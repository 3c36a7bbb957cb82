// The bundle npm start runs is kept to ASCII: Node holds a module's source in memory as long as
// it runs, and one wider character stores the whole of it at two bytes a character.
import { describe, expect, it } from 'vitest';
import { bundledCode, nonAsciiLines } from '../../scripts/build.ts';

describe('the bundle npm start runs', () => {
  it.each([
    ['const a = 1;\nconst b = /[\u2019\']/g;', ['2: const b = /[\u2019\']/g;']],
    ['const joke = String.raw`lol|\u{1F602}`;', ['1: const joke = String.raw`lol|\u{1F602}`;']],
    ['const sum = /\\u00a3\\d+/;\nconst c = "\\xA3";', []],
  ])('finds the lines with characters outside ASCII in %j', (code, lines) => {
    expect(nonAsciiLines(code)).toEqual(lines);
  });

  it.each(['src/index.ts', 'bench/botChild.ts'])('%s bundles to ASCII alone', async (entry) => {
    expect(nonAsciiLines(await bundledCode(entry))).toEqual([]);
  }, 60_000);
});
