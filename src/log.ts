// Structured logs: one JSON object a line on stdout (pino), with the request id and the
// conversation id of whatever was happening when the line was written, so an operator can follow
// one request or one chat through the log. The API is the small one the code always used:
// log.info(message, detail?) and setLogLevel(level).
import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';

type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const levels: readonly Level[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** What is being handled right now: added to every line written while it runs. */
export interface LogContext {
  requestId?: string;
  conversationId?: string;
}

const context = new AsyncLocalStorage<LogContext>();

const logger = pino(
  {
    level: levels.includes(process.env.LOG_LEVEL as Level) ? (process.env.LOG_LEVEL as Level) : 'info',
    base: { service: 'action-plan-coach' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => ({ ...context.getStore() }),
  },
  pino.destination({ sync: true }),
);

export function setLogLevel(level: Level): void {
  logger.level = level;
}

/** Runs `work` with these ids on every log line it writes (nested calls add to the outer ones). */
export function withLogContext<T>(ids: LogContext, work: () => T): T {
  return context.run({ ...context.getStore(), ...ids }, work);
}

/**
 * Starts a context for the rest of this request (an HTTP handler chain cannot be wrapped in
 * withLogContext from outside). Later ids added with addToLogContext land in the same one.
 */
export function enterLogContext(ids: LogContext): void {
  context.enterWith({ ...ids });
}

/** Adds ids to the context already running (so even an error handler outside a turn sees them). */
export function addToLogContext(ids: LogContext): void {
  const store = context.getStore();
  if (store) Object.assign(store, ids);
}

/** The ids of what is being handled now, if any. */
export function currentLogContext(): LogContext {
  return { ...context.getStore() };
}

type ErrorListener = (error: unknown) => void;
const errorListeners: ErrorListener[] = [];

/** Told of every error logged with an Error attached (the metrics count database errors so); returns the way to stop. */
export function onLoggedError(listener: ErrorListener): () => void {
  errorListeners.push(listener);
  return () => {
    const at = errorListeners.indexOf(listener);
    if (at >= 0) errorListeners.splice(at, 1);
  };
}

function write(level: Exclude<Level, 'silent'>, message: string, detail?: unknown): void {
  if (detail instanceof Error) {
    if (level === 'error' || level === 'warn') for (const listener of errorListeners) listener(detail);
    logger[level]({ err: detail }, message);
  } else if (detail === undefined) {
    logger[level](message);
  } else {
    logger[level]({ detail }, message);
  }
}

export const log = {
  debug: (message: string, detail?: unknown) => write('debug', message, detail),
  info: (message: string, detail?: unknown) => write('info', message, detail),
  warn: (message: string, detail?: unknown) => write('warn', message, detail),
  error: (message: string, detail?: unknown) => write('error', message, detail),
};
