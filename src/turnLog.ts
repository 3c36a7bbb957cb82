// The log of one turn: its lines carry the conversation id and, when the turn came in over HTTP,
// the request id. The turn observer (metricsTurns.ts) makes it first; anything holding the turn's
// context writes through it. Typed structurally, so this file does not import botbuilder.
import { log, type Log } from './log.ts';

export const TURN_LOG_KEY = Symbol('coach.turn.log');

export function turnLog(context: { turnState: { get(key: symbol): unknown } }): Log {
  return (context.turnState.get(TURN_LOG_KEY) as Log | undefined) ?? log;
}
