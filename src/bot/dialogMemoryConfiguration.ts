// botbuilder-dialogs works out its memory scopes and path resolvers afresh on every turn: the first
// DialogContext of a turn checks every registered component with a zod schema and makes new scope
// objects. They depend only on what this process registered, and the library reads them without
// changing them, so the list made on one turn is handed to the next ones.
import type { TurnContext } from 'botbuilder';

/** The turn-state key botbuilder-dialogs' DialogStateManager looks for (memory/dialogStateManager.js). */
const CONFIGURATION_KEY = 'DialogStateManagerConfiguration';

let kept: unknown;

export function shareDialogMemoryConfiguration(context: TurnContext): void {
  if (kept !== undefined && !context.turnState.has(CONFIGURATION_KEY)) context.turnState.set(CONFIGURATION_KEY, kept);
}

export function keepDialogMemoryConfiguration(context: TurnContext): void {
  kept ??= context.turnState.get(CONFIGURATION_KEY);
}
