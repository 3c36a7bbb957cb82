// `npm run bench`: every benchmark in one run, printed side by side. BENCH_QUICK=1 runs smaller
// numbers for a try-out; BENCH_PROFILE=1 also profiles the anchor's and the coach's turns (on
// SQLite, over the load only) and prints where their CPU time goes, per turn;
// BENCH_MEMORY_FLAGS="--max-old-space-size=160" starts the memory run's bot with those node flags;
// BENCH_SQL_TRACE=<file> writes every statement the bots send there (bench/queryCounter.ts). Nothing is sent anywhere but 127.0.0.1.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setLogLevel } from '../src/log.ts';
import { loadTrainedModels } from '../src/trainedModels.ts';
import { describeMachine } from './machine.ts';
import { measureMemory, type MemoryFigures } from './memory.ts';
import { ratio, scalingEfficiency } from './percentiles.ts';
import { summarizeProfile } from './profileSummary.ts';
import { measureReminderDispatch, type DispatchFigures } from './reminderDispatch.ts';
import { measureRiskCost, riskCostTable, type RiskCostFigures } from './riskCost.ts';
import { renderTable } from './table.ts';
import { measureTextChecks, type TextCheckCost } from './textCheckCost.ts';
import { measureCoachingTurns, measureDialogsTurns, measureEchoTurns, type TurnFigures } from './turns.ts';
import { measureUnderstanding, understandingReport, type UnderstandingFigures } from './understandingCost.ts';

const quick = ['1', 'true', 'yes'].includes(process.env.BENCH_QUICK ?? '');
const profile = ['1', 'true', 'yes'].includes(process.env.BENCH_PROFILE ?? '');
const SECTIONS = ['turns', 'reminders', 'memory', 'risk', 'understanding'] as const;
type Section = (typeof SECTIONS)[number];
/** BENCH_ONLY=turns,memory runs only those sections (for working on one figure). */
const only = (process.env.BENCH_ONLY ?? '').split(',').map((name) => name.trim()).filter(Boolean);
const unknownSections = only.filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknownSections.length > 0) {
  process.stderr.write(`BENCH_ONLY names no section "${unknownSections.join(', ')}". Use: ${SECTIONS.join(', ')}.\n`);
  process.exit(2);
}
const runs = (section: Section) => only.length === 0 || only.includes(section);
/** BENCH_BOTS=sqlite runs only the anchor and those turn rows (echo, sqlite, postgresql); the anchor always runs. */
const BOTS = ['echo', 'sqlite', 'postgresql'] as const;
const bots = (process.env.BENCH_BOTS ?? '').split(',').map((name) => name.trim()).filter(Boolean);
const unknownBots = bots.filter((name) => !(BOTS as readonly string[]).includes(name));
if (unknownBots.length > 0) {
  process.stderr.write(`BENCH_BOTS names no bot "${unknownBots.join(', ')}". Use: ${BOTS.join(', ')}.\n`);
  process.exit(2);
}
const drives = (bot: (typeof BOTS)[number]) => bots.length === 0 || bots.includes(bot);
/** BENCH_PROFILE_DIR keeps the .cpuprofile files there (to open in a profiler) instead of a temporary folder. */
const keptProfileDir = process.env.BENCH_PROFILE_DIR;
// Made here if missing: the bot writes its profile at the end of a run, and a missing folder lost it then.
if (keptProfileDir) mkdirSync(keptProfileDir, { recursive: true });

const settings = quick
  ? {
      turns: { users: 8, warmupMs: 1_000, durationMs: 4_000 },
      dispatch: { clients: 10_000, itemsPerClient: 10, due: 1_000 },
      memory: { conversations: 1_000, users: 16 },
    }
  : {
      turns: { users: 16, warmupMs: 3_000, durationMs: 20_000 },
      dispatch: { clients: 100_000, itemsPerClient: 10, due: 10_000 },
      memory: { conversations: 10_000, users: 16 },
    };
// Unset: the flags `npm start` uses (package.json), so the figure is what users get.
const memoryFlags = process.env.BENCH_MEMORY_FLAGS === undefined ? undefined : process.env.BENCH_MEMORY_FLAGS.split(/\s+/).filter(Boolean);

const TARGET = { turnRatio: 0.5, turnRatioAim: 0.8, p95Ratio: 2, remindersPerInstance: 1_000, scaling: 0.8, rssMb: 300, riskMeanMicros: 1_000 };

function say(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function progress(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

const share = (value: number, anchor: number) => `${(ratio(value, anchor) * 100).toFixed(0)}%`;

/** Every row beside the anchor (the stock dialogs bot on durable state), as a share of it. */
function turnTable(rows: TurnFigures[], anchor: TurnFigures): string {
  return renderTable(
    ['Bot', 'turns/s', 'p50 ms', 'p95 ms', 'p99 ms', 'CPU ms/turn', 'SQL/turn', 'replies/turn', 'errors', 'turns/s vs anchor', 'p95 vs anchor', 'CPU vs anchor'],
    rows.map((row) => [
      row.label,
      row.turnsPerSecond,
      row.latency.p50,
      row.latency.p95,
      row.latency.p99,
      Number(row.cpuMsPerTurn.toFixed(2)),
      row.queriesPerTurn,
      row.repliesPerTurn,
      row.errors + row.silentTurns + row.failedTurns,
      share(row.turnsPerSecond, anchor.turnsPerSecond),
      share(row.latency.p95, anchor.latency.p95),
      share(row.cpuMsPerTurn, anchor.cpuMsPerTurn),
    ]),
  );
}

function dispatchTable(results: DispatchFigures[]): string {
  const rows = results.flatMap((result) => {
    const one = result.runs.find((run) => run.instances === 1);
    return result.runs.map((run) => [
      result.provider === 'sqlite' ? 'SQLite' : 'PostgreSQL',
      run.instances,
      run.sent,
      run.duplicates,
      run.elapsedMs / 1000,
      run.remindersPerSecond,
      run.remindersPerSecond / run.instances,
      run.instances === 1 || !one ? '-' : `${(scalingEfficiency(one.remindersPerSecond, run.remindersPerSecond, run.instances) * 100).toFixed(0)}%`,
      run.queriesPerReminder,
      run.cpuMsPerReminder,
    ]);
  });
  return renderTable(['Database', 'instances', 'sent', 'sent twice', 'seconds', 'reminders/s', 'per instance', 'of linear', 'SQL/reminder', 'CPU ms/reminder'], rows);
}

function memoryTable(memory: MemoryFigures): string {
  return renderTable(
    ['Conversations', 'RSS before MB', 'RSS after MB', 'RSS after GC MB', 'JS heap before/after GC MB', 'external+wasm after MB', 'growth KB/conversation', 'errors'],
    [[memory.conversations, memory.rssBeforeMb, memory.rssAfterMb, memory.rssAfterGcMb, `${memory.heapUsedBeforeMb.toFixed(1)} / ${memory.heapUsedAfterGcMb.toFixed(1)}`, memory.externalAfterGcMb, memory.growthPerConversationKb, memory.errors]],
  );
}

function verdict(ok: boolean, text: string): string {
  return `${ok ? 'MET  ' : 'SHORT'} ${text}`;
}

async function main(): Promise<void> {
  setLogLevel('warn');
  const started = Date.now();
  const machine = describeMachine();
  const profileDir = profile ? (keptProfileDir ?? mkdtempSync(join(tmpdir(), 'coach-bench-profile-'))) : undefined;
  // The coaching bots start with `npm start`'s small heap and load the kept models: trained there
  // (a fresh checkout, or a corpus changed since the last build) they ran out of memory before ready.
  progress('models: kept, or trained and kept, before any bot starts');
  loadTrainedModels();

  let turns: { echo?: TurnFigures; anchor: TurnFigures; sqlite?: TurnFigures; postgres?: TurnFigures; textChecks: TextCheckCost[] } | undefined;
  if (runs('turns')) {
    let echo: TurnFigures | undefined;
    if (drives('echo')) {
      progress('turns: echo bot');
      echo = await measureEchoTurns(settings.turns);
    }
    progress('turns: stock dialogs bot on durable SQLite (the anchor)');
    const anchor = await measureDialogsTurns({ ...settings.turns, cpuProfile: profileDir ? { dir: profileDir, file: 'anchor' } : undefined });
    let sqlite: TurnFigures | undefined;
    if (drives('sqlite')) {
      progress('turns: coaching bot on SQLite');
      sqlite = await measureCoachingTurns('sqlite', { ...settings.turns, cpuProfile: profileDir ? { dir: profileDir, file: 'coach' } : undefined });
    }
    let postgres: TurnFigures | undefined;
    if (drives('postgresql')) {
      progress('turns: coaching bot on PostgreSQL');
      postgres = await measureCoachingTurns('postgresql', settings.turns);
    }
    progress('turns: per-message text checks');
    turns = { echo, anchor, sqlite, postgres, textChecks: measureTextChecks() };
  }

  let dispatch: { sqlite: DispatchFigures; postgres: DispatchFigures } | undefined;
  if (runs('reminders')) {
    progress(`reminders: seeding ${settings.dispatch.clients} clients on SQLite, then dispatching ${settings.dispatch.due}`);
    const sqlite = await measureReminderDispatch('sqlite', { ...settings.dispatch, instanceCounts: [1] });
    progress(`reminders: seeding ${settings.dispatch.clients} clients on PostgreSQL, then dispatching with 1 and 3 instances`);
    const postgres = await measureReminderDispatch('postgresql', { ...settings.dispatch, instanceCounts: [1, 3] });
    dispatch = { sqlite, postgres };
  }

  let memory: MemoryFigures | undefined;
  if (runs('memory')) {
    progress(`memory: ${settings.memory.conversations} conversations`);
    memory = await measureMemory({ ...settings.memory, nodeFlags: memoryFlags });
  }

  let risk: RiskCostFigures | undefined;
  if (runs('risk')) {
    progress('risk: assessRisk over the labelled corpus');
    risk = measureRiskCost(quick ? 5 : 20);
  }

  let understanding: UnderstandingFigures | undefined;
  if (runs('understanding')) {
    progress('understanding: training and cost per message');
    understanding = await measureUnderstanding(quick ? 10 : 50);
  }

  say(`# Action Plan Coach benchmarks${quick ? ' (quick mode: smaller numbers)' : ''}${only.length ? ` (only: ${only.join(', ')})` : ''}`);
  say(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb.toFixed(1)} GB, Node ${machine.node}, ${machine.os}`);
  const loadAtEnd = describeMachine().loadAverage;
  say(`Load average (1 min) at start ${machine.loadAverage.toFixed(1)}, at end ${loadAtEnd.toFixed(1)}${Math.max(machine.loadAverage, loadAtEnd) > machine.cores ? ' (WARNING: other work was running; the figures are skewed)' : ''}.`);
  say(`Run took ${((Date.now() - started) / 1000).toFixed(0)} s on ${new Date().toISOString().slice(0, 10)}.`);
  const verdicts: string[] = [];

  if (turns) {
    const { echo, anchor, sqlite, postgres } = turns;
    say();
    say(`## 1-2. Turns over HTTP /api/messages (${settings.turns.users} virtual users, ${settings.turns.durationMs / 1000} s measured after ${settings.turns.warmupMs / 1000} s warm-up)`);
    say('Script per user, 11 turns a round: open a new conversation (welcome, menu), "My plan", "Set a goal" and eight answers, back to the menu.');
    say('The anchor is a stock BotBuilder dialogs bot in the style of Microsoft\'s core-bot sample (waterfall, TextPrompt, ChoicePrompt,');
    say('ConversationState + UserState saved every turn) on a durable SQLite Storage (one row per key, WAL, synchronous=NORMAL).');
    say('CPU ms/turn: the bot process\'s own CPU time (user + system) after the warm-up, per turn measured. SQL/turn likewise.');
    say(turnTable([echo, anchor, sqlite, postgres].filter((row): row is TurnFigures => row !== undefined), anchor));
    say(`Per-message text checks (in this process): ${turns.textChecks.map((check) => `${check.name} ${check.microsPerMessage.toFixed(1)} µs`).join(', ')} per message.`);
    if (sqlite) {
      const turnShare = ratio(sqlite.turnsPerSecond, anchor.turnsPerSecond);
      const p95Times = ratio(sqlite.latency.p95, anchor.latency.p95);
      const onPostgres = postgres ? ` (PostgreSQL ${share(postgres.turnsPerSecond, anchor.turnsPerSecond)})` : '';
      const p95OnPostgres = postgres ? `; PostgreSQL ${ratio(postgres.latency.p95, anchor.latency.p95).toFixed(1)}x` : '';
      verdicts.push(verdict(turnShare >= TARGET.turnRatio, `coach on SQLite >= 50% of the anchor's turns/s (aim 80%${turnShare >= TARGET.turnRatioAim ? ', reached' : ''}): ${(turnShare * 100).toFixed(0)}%${onPostgres}`));
      verdicts.push(verdict(p95Times <= TARGET.p95Ratio, `coach p95 <= 2x the anchor's p95 on SQLite: ${p95Times.toFixed(1)}x (${sqlite.latency.p95.toFixed(1)} ms vs ${anchor.latency.p95.toFixed(1)} ms${p95OnPostgres})`));
    }
  }

  if (dispatch) {
    const { sqlite: dispatchSqlite, postgres: dispatchPostgres } = dispatch;
    say();
    say(`## 3. Reminder dispatch (${dispatchPostgres.rows.clients.toLocaleString('en-GB')} clients, ${dispatchPostgres.rows.actionItems.toLocaleString('en-GB')} action items, ${dispatchPostgres.rows.reminders.toLocaleString('en-GB')} reminder rows, ${settings.dispatch.due.toLocaleString('en-GB')} due)`);
    say(`Seeding took ${(dispatchSqlite.seedMs / 1000).toFixed(1)} s on SQLite and ${(dispatchPostgres.seedMs / 1000).toFixed(1)} s on PostgreSQL.`);
    say(dispatchTable([dispatchSqlite, dispatchPostgres]));
    for (const result of [dispatchSqlite, dispatchPostgres]) {
      say();
      say(`Plan of the due-reminder query on ${result.provider} (uses Reminder_status_sendAt_idx: ${result.plan?.usesIndex ? 'yes' : 'NO'}):`);
      say(result.plan ? result.plan.sql.replace(/\s+/g, ' ').trim() : '(the dispatcher sent no due-reminder query)');
      say(result.plan ? result.plan.text.split('\n').map((line) => `    ${line}`).join('\n') : '');
    }
    const pgOne = dispatchPostgres.runs.find((run) => run.instances === 1);
    const pgThree = dispatchPostgres.runs.find((run) => run.instances === 3);
    verdicts.push(verdict((pgOne?.remindersPerSecond ?? 0) >= TARGET.remindersPerInstance, `>= 1,000 reminders/s per instance on PostgreSQL: ${pgOne?.remindersPerSecond.toFixed(0)}/s`));
    const efficiency = pgOne && pgThree ? scalingEfficiency(pgOne.remindersPerSecond, pgThree.remindersPerSecond, 3) : Number.NaN;
    verdicts.push(verdict(efficiency >= TARGET.scaling, `near-linear gain with 3 instances (>= 80% of linear): ${(efficiency * 100).toFixed(0)}%`));
    const duplicates = [...dispatchSqlite.runs, ...dispatchPostgres.runs].reduce((sum, run) => sum + run.duplicates, 0);
    verdicts.push(verdict(duplicates === 0, `no reminder sent twice: ${duplicates} duplicates`));
  }

  if (memory) {
    say();
    say(`## 4. Memory of the coaching bot process (SQLite; started with ${memory.nodeFlags})`);
    say('Each conversation is a new person who opens the chat and answers the consent question.');
    say(memoryTable(memory));
    say(`Along the way: ${memory.curve.map((point) => `${point.conversations}: RSS ${point.rssMb.toFixed(0)} MB, heap ${point.heapUsedMb.toFixed(0)} MB`).join('; ')}`);
    verdicts.push(verdict(memory.rssAfterMb < TARGET.rssMb, `RSS < 300 MB after ${memory.conversations} conversations: ${memory.rssAfterMb.toFixed(0)} MB`));
  }

  if (risk) {
    say();
    say(`## 5. Risk check per message (assessRisk on ${risk.messages} labelled messages, ${risk.rounds} reads each, in this process)`);
    say(riskCostTable(risk));
    verdicts.push(verdict(risk.perMessage.mean < TARGET.riskMeanMicros, `assessRisk < 1 ms per message on average: ${risk.perMessage.mean.toFixed(0)} µs (p99 ${risk.perMessage.p99.toFixed(0)} µs)`));
  }

  if (understanding) {
    say();
    say('## 6. Understanding what a message means (`understand`, in the bench process)');
    say(understandingReport(understanding));
    verdicts.push(verdict(understanding.heldOutAccuracy >= 0.9, `understand >= 90% right on the held-out split: ${(understanding.heldOutAccuracy * 100).toFixed(1)}%`));
  }

  say();
  say('## Targets');
  for (const line of verdicts) say(line);

  if (profileDir) {
    for (const [file, row] of [['anchor', turns?.anchor], ['coach', turns?.sqlite]] as const) {
      if (!row || !existsSync(join(profileDir, `${file}.cpuprofile`))) continue;
      const summary = summarizeProfile(join(profileDir, `${file}.cpuprofile`), file === 'coach' ? 20 : 8);
      const perTurn = (ms: number) => Number(((ms * 1000) / row.measuredTurns).toFixed(0));
      say();
      say(`## CPU profile of the ${row.label} after the warm-up (${(summary.totalMs / 1000).toFixed(1)} s of CPU, ${row.measuredTurns} turns, ${perTurn(summary.totalMs)} µs a turn)`);
      const ownerTable = (lines: typeof summary.byOwner, heading: string) =>
        renderTable(['Package or file', `${heading} µs/turn`, 'share'], lines.map((line) => [line.name, perTurn(line.selfMs), `${(line.share * 100).toFixed(1)}%`]), 0);
      say(ownerTable(summary.byOwner, 'self'));
      say();
      say('Inclusive (its callees counted too; a sample counts once for each owner on its stack):');
      say(ownerTable(summary.underOwner, 'inclusive'));
      say();
      say(renderTable(['Function', 'self µs/turn', 'share'], summary.byFunction.map((line) => [line.name, perTurn(line.selfMs), `${(line.share * 100).toFixed(1)}%`]), 0));
    }
    if (!keptProfileDir) rmSync(profileDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('The benchmark failed:', error);
    process.exit(1);
  },
);
