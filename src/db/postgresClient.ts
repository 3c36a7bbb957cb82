// Prisma's schema engine reads PostgreSQL's catalog, whose columns use the internal "char" type
// (oid 18). The pg driver adapter rejects that type, so describing a database (for drift checks
// and new migrations) fails. Reporting those columns as text fixes it; our own tables never use
// "char", so app queries are unaffected.
import pg from 'pg';

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
