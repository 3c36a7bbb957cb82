// Counts the SQL statements a bench child sends, and keeps the first statement that matches a
// pattern (with its parameters), so the bench can show the plan of the query really used.
// It wraps the two drivers under Prisma's adapters: better-sqlite3's statement runs (the app
// keeps compiled statements, so prepares would undercount) and pg's query.
// BENCH_SQL_TRACE=<file> also appends each statement's SQL to that file, one line each, and each
// bot state row written to <file>.state: to see which statements a turn runs and how big its state is.
import { appendFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';

export interface CapturedQuery {
  sql: string;
  values: unknown[];
}

export interface QueryCounter {
  count(): number;
  captured(): CapturedQuery | undefined;
}

export function installQueryCounter(capturePattern?: RegExp): QueryCounter {
  let count = 0;
  let captured: CapturedQuery | undefined;
  const trace = process.env.BENCH_SQL_TRACE;
  const consider = (sql: string, values: unknown[]) => {
    count += 1;
    if (trace) appendFileSync(trace, `${sql.replace(/\s+/g, ' ').slice(0, 160)}\n`);
    if (trace && sql.startsWith('INSERT INTO "BotState"')) appendFileSync(`${trace}.state`, `${String(values[2])}\n`);
    if (!captured && capturePattern?.test(sql)) captured = { sql, values };
  };

  const probe = new BetterSqlite3(':memory:');
  const statementPrototype = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<'run' | 'get' | 'all' | 'iterate', (...args: unknown[]) => unknown>;
  probe.close();
  for (const method of ['run', 'get', 'all', 'iterate'] as const) {
    const original = statementPrototype[method];
    statementPrototype[method] = function countedRun(this: BetterSqlite3.Statement, ...args: unknown[]) {
      consider(this.source, args);
      return original.apply(this, args);
    };
  }

  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    const [first, second] = args as [string | { text?: string; values?: unknown[] }, unknown];
    if (typeof first === 'string') consider(first, Array.isArray(second) ? second : []);
    else if (first && typeof first === 'object' && typeof first.text === 'string') consider(first.text, first.values ?? (Array.isArray(second) ? second : []));
    return query.apply(this, args);
  };

  return { count: () => count, captured: () => captured };
}
