// The PostgreSQL driver adapter, with two fixes the wasm schema engine needs.
//
// 1. Prisma's schema engine reads PostgreSQL's catalog, whose columns use the internal "char" type
// (oid 18). The pg driver adapter rejects that type, so describing a database (for drift checks
// and new migrations) fails. Reporting those columns as text fixes it; our own tables never use
// "char", so app queries are unaffected.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';

const INTERNAL_CHAR_OID = 18;
const TEXT_OID = 25;

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> } | Array<{ fields?: Array<{ dataTypeID: number }> }>;

function reportCharAsText<T>(result: T): T {
  const results = (Array.isArray(result) ? result : [result]) as Array<{ fields?: Array<{ dataTypeID: number }> }>;
  for (const each of results) {
    for (const field of each?.fields ?? []) {
      if (field.dataTypeID === INTERNAL_CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

export class CatalogFriendlyClient extends pg.Client {
  // pg's query has many overloads; this passes every form through and fixes the result.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const callback = last as (error: Error | null, result: QueryResultLike) => void;
      args[args.length - 1] = (error: Error | null, result: QueryResultLike) => callback(error, error ? result : reportCharAsText(result));
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    if (returned && typeof (returned as Promise<unknown>).then === 'function') {
      return (returned as Promise<QueryResultLike>).then(reportCharAsText) as never;
    }
    return returned as never;
  }
}

/**
 * How long the app waits on PostgreSQL. Without these a silent network (packets dropped) holds a
 * request for minutes: the pool waits for a connection that never comes, a query for an answer.
 */
export interface PostgresTimeouts {
  /** Waiting for a pooled connection, opening one included. */
  connectMs: number;
  /** One query, end to end (checked by the driver, and by the server as statement_timeout). */
  queryMs: number;
}

function withTimeouts(config: pg.PoolConfig, timeouts: PostgresTimeouts | undefined): pg.PoolConfig {
  if (!timeouts) return config;
  return {
    ...config,
    connectionTimeoutMillis: timeouts.connectMs,
    query_timeout: timeouts.queryMs,
    statement_timeout: timeouts.queryMs,
    // A dead peer is noticed on idle pooled connections too.
    keepAlive: true,
  };
}

/**
 * 2. The adapter's own shadow database is dropped while its pool still holds a connection, so the
 * drop fails and the database is left behind. Here the pool closes first, then the drop is forced.
 */
export function createPostgresAdapterFactory(url: string, timeouts?: PostgresTimeouts): SqlMigrationAwareDriverAdapterFactory {
  // Explicit fields, not connectionString: a connectionString would win over the `database` we
  // set for the shadow database.
  const config: pg.PoolConfig = { ...parseIntoClientConfig(url), max: 10, Client: CatalogFriendlyClient } as pg.PoolConfig;
  const factory = new PrismaPg(withTimeouts(config, timeouts));
  factory.connectToShadowDb = async (): Promise<any> => {
    const admin = new pg.Client(config);
    await admin.connect();
    const name = `coach_shadow_${randomUUID().replace(/-/g, '')}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const shadow: SqlDriverAdapter = await new PrismaPg({ ...config, database: name, max: 2 }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    };
    return shadow;
  };
  return factory;
}
