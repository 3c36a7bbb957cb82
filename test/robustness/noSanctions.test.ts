// The bot never threatens sanctions or talks about stopping benefits: conditionality decisions
// belong to people. Sweeps every client-facing string: the exports of every messages file, every
// string literal in them (so templates are covered too), and what the bot says in a real chat.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startBotOnFreshDatabase, type BotUnderTest } from '../support/botUnderTest.ts';

const root = join(import.meta.dirname, '..', '..');

export const SANCTION_WORDING = [
  /sanction/i,
  /penalt/i,
  /stop(?:ping)? your (?:benefit|money|payment)/i,
  /(?:lose|losing) your (?:benefit|money|payment)/i,
  /cut(?:ting)? your (?:money|benefit|payment)/i,
  /your (?:benefit|benefits|money|payments?) (?:will|could|may|might) (?:be )?(?:stop|end|cut|reduce)/i,
  /non-?\s?compliance/i,
  /\bcomply or\b/i,
  /\bfailure to comply\b/i,
  /punish/i,
  /\bfined\b|\b(?:a|your|pay the|pay a) fine\b/i,
  /\bbreach/i,
  /disqualif/i,
  /\bor else\b/i,
];

function filesUnder(folder: string, keep: (name: string) => boolean): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

const messageFiles = [
  ...filesUnder(join(root, 'src', 'messages'), (name) => name.endsWith('.ts')),
  ...filesUnder(join(root, 'src'), (name) => /^messages.*\.ts$|Messages\.ts$/.test(name)),
];

function stringsIn(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return [value];
  if (depth > 4 || value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap((item) => stringsIn(item, depth + 1));
}

/** String and template literals in source, comments removed. */
function literalsIn(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
  return [...code.matchAll(/'((?:\\.|[^'\\])*)'|"((?:\\.|[^"\\])*)"|`((?:\\.|[^`\\])*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

function offending(texts: string[]): string[] {
  return texts.filter((text) => SANCTION_WORDING.some((pattern) => pattern.test(text)));
}

describe('no sanction wording', () => {
  it('finds the messages files to sweep', () => {
    expect(messageFiles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(messageFiles.map((file) => [relative(root, file), file]))('%s says nothing about sanctions', async (_name, file) => {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const texts = [...stringsIn(module), ...literalsIn(readFileSync(file, 'utf8'))];
    for (const exported of Object.values(module)) {
      if (typeof exported !== 'function' || /^class\s/.test(Function.prototype.toString.call(exported))) continue;
      try {
        texts.push(...stringsIn((exported as (...args: unknown[]) => unknown)('Sam', 'Sam', 'Sam')));
      } catch {
        // needs real arguments; its literals are swept above
      }
    }
    expect(offending(texts)).toEqual([]);
  });

  it('the patterns catch the wording they are for', () => {
    expect(offending(['If you miss this, you may get a sanction.', 'Your benefits will be stopped.', 'You could lose your benefits.', 'That is fine.', 'Well done!'])).toEqual([
      'If you miss this, you may get a sanction.',
      'Your benefits will be stopped.',
      'You could lose your benefits.',
    ]);
  });
});

describe('no sanction wording in a real chat', () => {
  let bot: BotUnderTest;

  beforeAll(async () => {
    bot = await startBotOnFreshDatabase();
  });
  afterAll(() => bot.stop());

  it('says nothing about sanctions, even when the client brings them up', async () => {
    const user = new ChatUser(bot);
    const said = [
      'hello', 'yes', 'Sam', 'help', 'I missed my appointment, will I be sanctioned?', 'will you stop my benefits',
      'I did not do my steps', 'show my data', 'delete my data', 'no', 'stop consent', 'menu', 'talk to my adviser',
    ];
    for (const text of said) await user.say(text);
    const texts = bot.connector.caught.flatMap((caught) => stringsIn(caught.activity));
    expect(texts.length).toBeGreaterThan(10);
    expect(offending(texts)).toEqual([]);
  });
});
