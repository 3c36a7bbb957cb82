// Plays a scripted client against the real app (fresh SQLite database, stand-in connector) and
// prints the whole conversation, cards included, for a person to read:
//   npx tsx test/plan/playScript.ts client.txt
// One message per line; "#" starts a comment; "(join)" opens the chat again; "(wait N days)" moves
// the clock on and runs the reminders that fall due, as a client coming back later would see them.
import { readFileSync } from 'node:fs';
import { ChatUser } from '../support/botUnderTest.ts';
import { startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx test/plan/playScript.ts <client.txt>');
  process.exit(1);
}
process.env.TEST_DATABASE ??= 'sqlite';
const lines = readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));

function cardText(attachment: { contentType?: string; content?: unknown }): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.text === 'string') texts.push(record.text);
    if (typeof record.title === 'string' && (record.type === 'Action.Submit' || record.type === 'Action.Execute')) texts.push(`[${record.title}]`);
    Object.values(record).forEach(walk);
  };
  walk(attachment.content);
  return `  (card) ${texts.join(' | ')}`;
}

// A fixed Monday morning in London, so a script reads the same every time it is played.
const clock = new TestClock(new Date('2026-06-08T09:00:00Z'));
const bot = await startPlanBotOnFreshDatabase(clock);
const user = new ChatUser(bot);
const print = (from: number) => {
  for (const reply of user.replies().slice(from)) {
    if (reply.type !== 'message') continue;
    if (reply.text) console.log(`COACH: ${reply.text}`);
    for (const attachment of reply.attachments ?? []) console.log(cardText(attachment));
    const buttons = (reply.suggestedActions?.actions ?? []).map((action: { title: string }) => `[${action.title}]`);
    if (buttons.length) console.log(`  buttons: ${buttons.join(' ')}`);
  }
};
try {
  let seen = 0;
  await user.join();
  print(seen);
  seen = user.replies().length;
  for (const line of lines) {
    const wait = /^\(wait (\d+) days?\)$/.exec(line);
    if (line === '(join)') await user.join();
    else if (wait) {
      clock.current = new Date(clock.current.getTime() + Number(wait[1]) * 24 * 60 * 60 * 1000);
      console.log(`\n--- ${wait[1]} day(s) later ---`);
      await bot.app.reminders.tick(clock.now());
    } else {
      console.log(`\nCLIENT: ${line}`);
      await user.say(line);
    }
    print(seen);
    seen = user.replies().length;
  }
} finally {
  await bot.stop();
}
