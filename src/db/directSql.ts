// The statements every turn runs (the turn lock, the once-per-activity record, who is talking,
// their message, the bot state) go straight to the driver adapter Prisma itself connected: the
// same SQLite connection, the same PostgreSQL pool. Prisma's client spends about ten times a
// statement's own cost building it and mapping its result; here a statement is a constant SQL
// text with `?` placeholders and double-quoted names, which both databases read alike.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, ArgType, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';
import type { DatabaseProvider } from './providerSchema.ts';

export type SqlValue = string | number | boolean | Date | null;
export type Decoder<T> = (value: unknown) => T;

/** Both adapters hand back dates as ISO text, numbers as numbers (or text for big ones). */
export const asText: Decoder<string> = (value) => value as string;
export const asTextOrNull: Decoder<string | null> = (value) => (value ?? null) as string | null;
export const asDate: Decoder<Date> = (value) => new Date(value as string);
export const asDateOrNull: Decoder<Date | null> = (value) => (value === null || value === undefined ? null : new Date(value as string));
export const asNumber: Decoder<number> = (value) => Number(value);
export const asNumberOrNull: Decoder<number | null> = (value) => (value === null || value === undefined ? null : Number(value));
/** SQLite keeps a boolean as 0 or 1. */
export const asBoolean: Decoder<boolean> = (value) => value === true || value === 1 || value === '1';

export type Columns<T> = { [K in keyof T]: Decoder<T[K]> };

/** One result row as an object, each column read by its decoder; columns not named are left out. */
export function decodeRow<T>(names: readonly string[], row: readonly unknown[], columns: Columns<T>): T {
  const decoded: Record<string, unknown> = {};
  const decoders = columns as Record<string, Decoder<unknown>>;
  for (let i = 0; i < names.length; i++) {
    const decode = decoders[names[i]!];
    if (decode) decoded[names[i]!] = decode(row[i]);
  }
  return decoded as T;
}

export interface DirectRows {
  names: string[];
  rows: unknown[][];
}

function argType(value: SqlValue): ArgType {
  if (value instanceof Date) return { scalarType: 'datetime', arity: 'scalar' };
  if (typeof value === 'number') return { scalarType: Number.isInteger(value) ? 'int' : 'float', arity: 'scalar' };
  if (typeof value === 'boolean') return { scalarType: 'boolean', arity: 'scalar' };
  return { scalarType: typeof value === 'string' ? 'string' : 'unknown', arity: 'scalar' };
}

export class DirectSql {
  /** PostgreSQL numbers its placeholders: each SQL text is rewritten once. */
  private readonly numbered = new Map<string, string>();
  private connected: SqlDriverAdapter | undefined;

  constructor(
    readonly provider: DatabaseProvider,
    private readonly connect: () => Promise<unknown>,
  ) {}

  /** Prisma's adapter factory, wrapped so this knows the adapter Prisma connected (and when it let it go). */
  watch(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
    return {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => {
        const adapter = await factory.connect();
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = async () => {
          if (this.connected === adapter) this.connected = undefined;
          await dispose();
        };
        this.connected = adapter;
        return adapter;
      },
    };
  }

  /** Runs a statement that returns rows (a SELECT, or a write with RETURNING). */
  async query(sql: string, args: readonly SqlValue[]): Promise<DirectRows> {
    const adapter = this.connected ?? (await this.adapter());
    const result = await adapter.queryRaw(this.statement(sql, args));
    return { names: result.columnNames, rows: result.rows };
  }

  /** Runs a statement and says how many rows it changed. */
  async execute(sql: string, args: readonly SqlValue[]): Promise<number> {
    const adapter = this.connected ?? (await this.adapter());
    return adapter.executeRaw(this.statement(sql, args));
  }

  /**
   * Runs `work` in one transaction of the driver adapter itself (Prisma's own `$transaction` sends
   * each of its statements through the client's request pipeline). On SQLite it waits for and holds
   * the adapter's lock, as Prisma's transactions do; on PostgreSQL it holds one pooled connection.
   * Everything `work` writes through `tx` is committed, or nothing if it throws.
   */
  async transaction<T>(work: (tx: DirectTransaction) => Promise<T>): Promise<T> {
    const adapter = this.connected ?? (await this.adapter());
    const open = await adapter.startTransaction();
    const tx = new DirectTransaction(open, (sql, args) => this.statement(sql, args));
    let result: T;
    try {
      result = await work(tx);
      await open.executeRaw(END('COMMIT'));
    } catch (error) {
      try {
        await open.executeRaw(END('ROLLBACK'));
      } catch {
        // The connection may be gone with the error; releasing it below is what matters.
      }
      await open.rollback();
      throw error;
    }
    await open.commit();
    return result;
  }

  private async adapter(): Promise<SqlDriverAdapter> {
    // Prisma connects on its first query; a direct statement may come first.
    await this.connect();
    if (!this.connected) throw new Error('The database is not connected');
    return this.connected;
  }

  private statement(sql: string, args: readonly SqlValue[]): SqlQuery {
    return { sql: this.provider === 'postgresql' ? this.numberedText(sql) : sql, args: args as SqlValue[], argTypes: args.map(argType) };
  }

  private numberedText(sql: string): string {
    let text = this.numbered.get(sql);
    if (text === undefined) {
      let n = 0;
      text = sql.replace(/\?/g, () => `$${++n}`);
      this.numbered.set(sql, text);
    }
    return text;
  }
}

const END = (sql: 'COMMIT' | 'ROLLBACK'): SqlQuery => ({ sql, args: [], argTypes: [] });

/** The statements of one open adapter transaction (DirectSql.transaction): the same calls as DirectSql's. */
export class DirectTransaction {
  constructor(
    private readonly open: Transaction,
    private readonly statement: (sql: string, args: readonly SqlValue[]) => SqlQuery,
  ) {}

  async query(sql: string, args: readonly SqlValue[]): Promise<DirectRows> {
    const result = await this.open.queryRaw(this.statement(sql, args));
    return { names: result.columnNames, rows: result.rows };
  }

  execute(sql: string, args: readonly SqlValue[]): Promise<number> {
    return this.open.executeRaw(this.statement(sql, args));
  }
}

const byDatabase = new WeakMap<object, DirectSql>();

export function registerDirectSql(db: object, direct: DirectSql): void {
  byDatabase.set(db, direct);
}

/** The direct statements of a database made by createDatabase (database.ts). */
export function directSql(db: object): DirectSql {
  const direct = byDatabase.get(db);
  if (!direct) throw new Error('This database was not opened with createDatabase, so it has no direct statements');
  return direct;
}
