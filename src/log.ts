// Structured logs: one JSON object a line on stdout (pino). Lines written for a request or a turn
// carry its request id and conversation id (logWith, and src/bot/turnLog.ts for turns), so an
// operator can follow one request or one chat through the log. The ids are passed, not found in
// an AsyncLocalStorage: on Node 20 that hooks every promise, and cost a turn 10 to 15% of its CPU.
// The API is the small one the code always used: log.info(message, detail?) and setLogLevel(level).
import pino from 'pino';

type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const levels: readonly Level[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** What a line is about: the HTTP request and the chat. */
export interface LogIds {
  requestId?: string;
  conversationId?: string;
}

const logger = pino(
  {
    level: levels.includes(process.env.LOG_LEVEL as Level) ? (process.env.LOG_LEVEL as Level) : 'info',
    base: { service: 'action-plan-coach' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  },
  pino.destination({ sync: true }),
);

export function setLogLevel(level: Level): void {
  logger.level = level;
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

function write(target: pino.Logger, level: Exclude<Level, 'silent'>, message: string, detail?: unknown): void {
  if (detail instanceof Error) {
    if (level === 'error' || level === 'warn') for (const listener of errorListeners) listener(detail);
    target[level]({ err: detail }, message);
  } else if (detail === undefined) {
    target[level](message);
  } else {
    target[level]({ detail }, message);
  }
}

export interface Log {
  debug(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

export const log: Log = {
  debug: (message, detail) => write(logger, 'debug', message, detail),
  info: (message, detail) => write(logger, 'info', message, detail),
  warn: (message, detail) => write(logger, 'warn', message, detail),
  error: (message, detail) => write(logger, 'error', message, detail),
};

/** A log whose every line carries these ids. Made per turn: its pino child is made only for a line written. */
export function logWith(ids: LogIds): Log {
  let child: pino.Logger | undefined;
  const target = () => (child ??= logger.child(Object.fromEntries(Object.entries(ids).filter(([, value]) => value !== undefined))));
  const at =
    (level: Exclude<Level, 'silent'>) =>
    (message: string, detail?: unknown): void => {
      if (logger.isLevelEnabled(level)) write(target(), level, message, detail);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
