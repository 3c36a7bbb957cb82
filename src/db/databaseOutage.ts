// Tells a database that cannot be reached (refused, silent, timed out, restarting, full) from other
// failures, so a turn can tell the client honestly that nothing was saved and to try again later.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'SocketTimeout', 'ConnectionClosed', 'TooManyConnections', 'DatabaseDoesNotExist']);
// PostgreSQL: statement timeout, shutting down or starting up, too many connections, connection exceptions.
const POSTGRES_CODE = /^(57014|57P0[1-3]|53300|08...)$/;
const DRIVER_MESSAGE = /Connection terminated|connection timeout|Query read timeout|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|database is locked|SQLITE_BUSY/i;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } };
  cause?: unknown;
  /** botbuilder's DialogContextError keeps the original here. */
  error?: unknown;
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as ErrorLike;
  if (typeof e.code === 'string' && PRISMA_CODES.has(e.code)) return true;
  const cause = e.meta?.driverAdapterError?.cause;
  if (cause && typeof cause.kind === 'string' && ADAPTER_KINDS.has(cause.kind)) return true;
  if (cause && POSTGRES_CODE.test(String(cause.originalCode ?? cause.code ?? ''))) return true;
  if (typeof e.message === 'string' && DRIVER_MESSAGE.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1) || isDatabaseUnavailable(e.error, depth + 1);
}
