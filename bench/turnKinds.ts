// CPU time of the coaching bot per kind of turn: one user runs the bench script's round (a new
// conversation, "My plan", then a goal, answer by answer) again and again, turns one after
// another, and the bot process's own CPU time and statements are read around each turn. The
// first ten rounds warm up. It shows which turn costs what, which the load bench's averages hide.
//   npx tsx bench/turnKinds.ts [sqlite|postgresql] [rounds]
// BENCH_KIND_PROFILE="step 5" also writes a CPU profile of each such turn to /tmp.
import http from 'node:http';
import { startBotProcess } from './botProcess.ts';
import { FastConnector } from './fastConnector.ts';
import { createFreshDatabase, type Provider } from './freshDatabase.ts';
import { seedConsentedClients } from './seedBenchUsers.ts';
import { VirtualUser } from './load.ts';
import { backAtMenu, goalAnswerFor } from './coachingScript.ts';

const WARM_UP_ROUNDS = 10;
const provider = (process.argv[2] ?? 'sqlite') as Provider;
const rounds = Number(process.argv[3] ?? 60);
const profileKind = process.env.BENCH_KIND_PROFILE;

const database = await createFreshDatabase(provider);
const connector = await new FastConnector().start();
await seedConsentedClients(database.url, ['bench-user-0']);
const bot = await startBotProcess({ kind: 'coach', databaseUrl: database.url });
const agent = new http.Agent({ keepAlive: true });
const ignored = { record() {} } as unknown as ConstructorParameters<typeof VirtualUser>[4];
const user = new VirtualUser('bench-user-0', new URL('/api/messages', bot.url), agent, connector, ignored);
const cpu = new Map<string, number[]>();
const statements = new Map<string, number[]>();

function add(into: Map<string, number[]>, kind: string, value: number): void {
  const values = into.get(kind) ?? [];
  values.push(value);
  into.set(kind, values);
}

async function measured(kind: string, round: number, turn: () => Promise<void>): Promise<void> {
  const profiled = profileKind !== undefined && round >= WARM_UP_ROUNDS && kind.includes(profileKind);
  if (profiled) await bot.profile();
  const [cpuBefore, statementsBefore] = [await bot.cpuMs(), await bot.queries()];
  await turn();
  const [cpuAfter, statementsAfter] = [await bot.cpuMs(), await bot.queries()];
  if (profiled) await bot.profile(`/tmp/turn-kind-${round}.cpuprofile`);
  if (round < WARM_UP_ROUNDS) return;
  add(cpu, kind, cpuAfter - cpuBefore);
  add(statements, kind, statementsAfter - statementsBefore);
}

try {
  for (let round = 0; round < rounds; round++) {
    user.newConversation();
    await measured('new conversation', round, () => user.join());
    await measured('My plan', round, () => user.say('My plan'));
    await measured('Set a goal', round, () => user.say('Set a goal'));
    for (let step = 0; step < 12; step++) {
      const reply = user.lastReply();
      if (!reply || backAtMenu(reply.text)) break;
      const answer = goalAnswerFor(reply, step);
      await measured(`step ${step}: ${reply.text.slice(0, 40).replace(/\s+/g, ' ')} -> ${answer.slice(0, 20)}`, round, () => user.say(answer));
    }
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  let round = 0;
  console.log(`CPU ms and statements per kind of turn (${provider}, one user, ${rounds - WARM_UP_ROUNDS} rounds after ${WARM_UP_ROUNDS} to warm up):`);
  for (const [kind, values] of cpu) {
    round += mean(values);
    console.log(`${mean(values).toFixed(2).padStart(7)} ms  ${mean(statements.get(kind)!).toFixed(1).padStart(5)} SQL  ${kind}`);
  }
  console.log(`${round.toFixed(1).padStart(7)} ms  a whole round`);
} finally {
  await bot.stop();
  await connector.stop();
  await database.drop();
  agent.destroy();
}
