// Turn middleware: after an erasure, the bot still saves conversation state at the end of the
// turn (the emptied dialog stack). Once the turn is over, this sweeps those rows away too.
import type { Middleware, TurnContext } from 'botbuilder';
import type { Database } from '../db/database.ts';
import type { ClientIdentity } from '../privacy/clientData.ts';
import { eraseBotState } from '../privacy/dataErasure.ts';
import { turnLog } from '../turnLog.ts';

const SWEEP_KEY = Symbol('coach.botStateSweep');

export function requestBotStateSweep(context: TurnContext, who: ClientIdentity): void {
  context.turnState.set(SWEEP_KEY, who);
}

export class ErasureAfterTurn implements Middleware {
  constructor(private readonly db: Database) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    await next();
    const who = context.turnState.get(SWEEP_KEY) as ClientIdentity | undefined;
    if (!who) return;
    try {
      await eraseBotState(this.db, who);
    } catch (error) {
      turnLog(context).error('Could not sweep bot state after an erasure', error);
    }
  }
}
