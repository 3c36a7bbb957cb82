// A small seeded generator of hostile and malformed activities, so a failure can be replayed.
import { seededRandom } from '../../src/domain/seededRandom.ts';

export { seededRandom };

export const hostileTexts = [
  '**urgent** [click me](http://evil.example) <script>alert(1)</script>',
  '{"type":"AdaptiveCard","body":[{"type":"Action.OpenUrl","url":"http://evil.example"}]}',
  '{{DATE(2017-02-14T06:08:39Z,SHORT)}} ${user.name} {{constructor.constructor("return process")()}}',
  "'; DROP TABLE \"Client\"; --",
  'Robert"); DELETE FROM BotState; --',
  'مرحبا، أريد وظيفة في المكتبة', // right-to-left
  '\u202Eevil\u202C text with bidi override',
  'שלום, אני מחפש עבודה',
  '😀🎉👩‍👩‍👧‍👦🏳️‍🌈🇬🇧 emoji everywhere',
  'Z̸̢̛a̷̡̛l̴̨̛g̶̢̛o̷̧̊ text',
  'null',
  'undefined',
  '\u0000\u0000nul bytes\u0000',
  'lone surrogate \ud800 here',
  '   ',
  '',
  '__proto__',
  'constructor',
  '<at>Action Plan Coach</at> help',
  '\\u0000 \\n escaped \\" quotes',
  'yes',
  'no',
  'help',
  'cancel',
  'start again',
  'show my data',
];

type Random = () => number;

export interface GeneratedCase {
  body: string;
  /** The kind of case, for the report when something fails. */
  kind: string;
  /** The most that is acceptable: a well-formed message must be 200, junk may be 400. */
  expect: 'ok' | 'client-error' | 'ok-or-client-error';
  contentType?: string;
  /** Which of the 40 fuzz users sent it. */
  user: number;
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function junkValue(random: Random, depth = 0): unknown {
  const roll = random();
  if (depth > 3 || roll < 0.2) return pick(random, [null, 0, -1, 1e308, NaN, true, false, '', 'x', '💥', '\u0000']);
  if (roll < 0.4) return pick(random, hostileTexts);
  if (roll < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => junkValue(random, depth + 1));
  const object: Record<string, unknown> = {};
  for (let i = 0; i < Math.floor(random() * 4); i++) object[pick(random, ['a', 'type', 'id', 'text', 'value', 'data', '', '🗝'])] = junkValue(random, depth + 1);
  return object;
}

function deepNest(levels: number): unknown {
  let node: unknown = 'bottom';
  for (let i = 0; i < levels; i++) node = { n: node };
  return node;
}

export function generateCases(count: number, seed: number, base: (userIndex: number) => Record<string, unknown>): GeneratedCase[] {
  const random = seededRandom(seed);
  const cases: GeneratedCase[] = [];
  for (let i = 0; i < count; i++) {
    const user = Math.floor(random() * 40);
    const activity = base(user);
    const add = (generated: Omit<GeneratedCase, 'user'>) => cases.push({ ...generated, user });
    const roll = random();
    if (roll < 0.15) {
      // Well-formed messages with hostile text: must be handled (200).
      const text = random() < 0.02 ? 'x'.repeat(15_000 + Math.floor(random() * 5000)) : pick(random, hostileTexts);
      add({ kind: 'hostile text', expect: 'ok', body: JSON.stringify({ ...activity, type: 'message', text }) });
    } else if (roll < 0.22) {
      // Card submits with small junk values: fine; with pollution keys or deep nesting: refused.
      const value = random() < 0.5 ? junkValue(random) : JSON.parse(`{"__proto__":{"polluted":true},"action":"${pick(random, ['save', 'ack'])}"}`);
      add({ kind: 'card submit', expect: 'ok-or-client-error', body: JSON.stringify({ ...activity, type: 'message', text: undefined, value }).replace('"__proto__"', '"__proto__"') });
    } else if (roll < 0.42) {
      // A required field with the wrong type or missing.
      const field = pick(random, ['type', 'channelId', 'serviceUrl', 'from', 'conversation', 'text', 'recipient', 'membersAdded', 'attachments', 'entities']);
      const broken: Record<string, unknown> = { ...activity, type: 'message', text: 'hi' };
      if (random() < 0.3) delete broken[field];
      else broken[field] = junkValue(random, 4) ?? 12345;
      add({ kind: `broken ${field}`, expect: 'ok-or-client-error', body: JSON.stringify(broken) });
    } else if (roll < 0.5) {
      // Other activity types, including invokes the bot does not handle.
      const type = pick(random, ['conversationUpdate', 'event', 'invoke', 'typing', 'messageReaction', 'endOfConversation', 'installationUpdate', 'messageUpdate', 'messageDelete', 'trace', 'handoff', 'zzz-unknown']);
      const extra = type === 'conversationUpdate' ? { membersAdded: random() < 0.5 ? [activity.from] : [{ id: 'someone-else' }] } : {};
      const name = type === 'invoke' || type === 'event' ? pick(random, ['adaptiveCard/action', 'composeExtension/query', 'task/fetch', 'signin/verifyState', 'fileConsent/invoke', 'unknown/thing', '']) : undefined;
      add({ kind: `type ${type} ${name ?? ''}`, expect: 'ok-or-client-error', body: JSON.stringify({ ...activity, type, name, value: junkValue(random, 3), ...extra }) });
    } else if (roll < 0.65) {
      // Structural attacks: deep nesting, prototype keys, huge arrays.
      const attack = pick(random, ['deep', 'proto', 'constructor', 'members', 'entities']);
      let body: string;
      if (attack === 'deep') body = JSON.stringify({ ...activity, type: 'message', text: 'deep', channelData: deepNest(40 + Math.floor(random() * 400)) });
      else if (attack === 'proto') body = JSON.stringify({ ...activity, type: 'message', text: 'hi' }).replace(/^\{/, '{"__proto__":{"isAdmin":true},');
      else if (attack === 'constructor') body = JSON.stringify({ ...activity, type: 'message', text: 'hi', channelData: { constructor: { prototype: { polluted: 1 } } } });
      else if (attack === 'members') body = JSON.stringify({ ...activity, type: 'conversationUpdate', membersAdded: Array.from({ length: 1500 }, (_, n) => ({ id: `m${n}` })) });
      else body = JSON.stringify({ ...activity, type: 'message', text: 'hi', entities: Array.from({ length: 200 }, () => ({ type: 'mention' })) });
      add({ kind: `attack ${attack}`, expect: 'client-error', body });
    } else if (roll < 0.85) {
      // Not an activity at all.
      const body = pick(random, ['', 'null', '[]', '[1,2,3]', '42', '"text"', 'true', '{', '{"a":', '\u0000', '{}', '{"type":null}', 'not json at all', '\ud800']);
      add({ kind: `not an activity: ${JSON.stringify(body)}`, expect: 'client-error', body });
    } else if (roll < 0.9) {
      add({ kind: 'wrong content type', expect: 'ok-or-client-error', body: JSON.stringify({ ...activity, type: 'message', text: 'hi' }), contentType: pick(random, ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) });
    } else {
      // Completely random junk objects.
      add({ kind: 'random object', expect: 'ok-or-client-error', body: JSON.stringify(junkValue(random)) });
    }
  }
  return cases;
}
