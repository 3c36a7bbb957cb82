// No SQL is built from strings: every $queryRawUnsafe / $executeRawUnsafe and every direct
// statement (src/db/directSql.ts) in src/ takes one constant string literal as its SQL
// (parameters, if any, go separately), and Prisma.raw is unused.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Reads the first argument after `(` at `start`: null unless it is one constant string literal. */
export function constantFirstArgument(code: string, start: number): string | null {
  let i = code.indexOf('(', start) + 1;
  while (/\s/.test(code[i] ?? '')) i++;
  const quote = code[i];
  if (quote !== "'" && quote !== '"' && quote !== '`') return null;
  let literal = '';
  for (i += 1; i < code.length && code[i] !== quote; i++) {
    if (code[i] === '\\') {
      literal += code[i]! + code[i + 1]!;
      i++;
      continue;
    }
    literal += code[i];
  }
  if (quote === '`' && literal.includes('${')) return null;
  i++;
  while (/\s/.test(code[i] ?? '')) i++;
  return code[i] === ',' || code[i] === ')' ? literal : null;
}

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'dialogs'))];

const DIRECT_STATEMENT = /(?:\bsql|\b(?:directSql|statementsOn)\([\w.]*\))\.(?:query|execute)\b/g;

describe('no SQL built from strings', () => {
  it('checks a fair number of files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('uses unsafe raw queries only with a constant SQL string', () => {
    const problems: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(/\$(?:query|execute)RawUnsafe\b/g)) {
        if (constantFirstArgument(code, match.index! + match[0].length) === null) {
          problems.push(`${relative(root, file)}: ${code.slice(match.index!, match.index! + 120).split('\n')[0]}`);
        }
      }
      // Direct statements (src/db/directSql.ts, src/db/statements.ts) too: `sql.query(...)`, `this.sql.execute(...)`,
      // `directSql(db).query(...)`, `statementsOn(tx).execute(...)`.
      for (const match of code.matchAll(DIRECT_STATEMENT)) {
        if (constantFirstArgument(code, match.index! + match[0].length) === null) {
          problems.push(`${relative(root, file)}: ${code.slice(match.index!, match.index! + 120).split('\n')[0]}`);
        }
      }
      if (/Prisma\.raw\(|\bsql\.raw\(/.test(code)) problems.push(`${relative(root, file)}: uses Prisma.raw`);
      // statements.ts alone turns a caller's constant SQL into Prisma's parameterised form.
      if (/new Prisma\.Sql\(/.test(code) && !file.endsWith(join('src', 'db', 'statements.ts'))) problems.push(`${relative(root, file)}: builds a Prisma.Sql`);
    }
    expect(problems).toEqual([]);
  });

  it('finds the direct statements it checks', () => {
    const found = files.reduce((sum, file) => sum + [...readFileSync(file, 'utf8').matchAll(DIRECT_STATEMENT)].length, 0);
    expect(found).toBeGreaterThanOrEqual(5);
  });

  it('would catch interpolation and concatenation', () => {
    expect(constantFirstArgument('$queryRawUnsafe(`SELECT * FROM "Client" WHERE id = ${id}`)', 0)).toBeNull();
    expect(constantFirstArgument("$queryRawUnsafe('SELECT * FROM x WHERE id = ' + id)", 0)).toBeNull();
    expect(constantFirstArgument('$queryRawUnsafe(query)', 0)).toBeNull();
    expect(constantFirstArgument("$queryRawUnsafe<Row[]>('SELECT 1', a)", 0)).toBe('SELECT 1');
  });
});
