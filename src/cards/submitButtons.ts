// Only Teams runs Action.Execute (as an adaptiveCard/action invoke, and shows the answer in place of
// the card). Web Chat, and the Emulator, which is Web Chat, show the button but send nothing when it
// is pressed: every button on the adviser cards was dead there. For those channels the same buttons
// go as Action.Submit, with the verb inside the data; Web Chat sends that data back as a message's
// value, which the adviser desk answers as Teams' invoke is answered (dialogs/adviserCardPress.ts).

/** The data key that carries an Action.Execute verb on an Action.Submit. */
export const CARD_VERB = 'cardVerb';

/** Whether the channel sends Action.Execute to the bot: Teams does; Web Chat 4.18 does not. */
export function runsActionExecute(channelId: string | undefined): boolean {
  return channelId === 'msteams';
}

/** The card with each Action.Execute (also inside a Show card) made an Action.Submit that says its verb. */
export function withSubmitButtons<T>(card: T): T {
  return swap(card) as T;
}

function swap(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(swap);
  if (!node || typeof node !== 'object') return node;
  const { type, verb, data, ...rest } = node as Record<string, unknown>;
  const inner = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, swap(value)]));
  if (type !== 'Action.Execute') return { ...(type === undefined ? {} : { type }), ...(verb === undefined ? {} : { verb }), ...(data === undefined ? {} : { data }), ...inner };
  const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  return { type: 'Action.Submit', ...inner, data: { ...fields, [CARD_VERB]: verb } };
}

/** The card as this channel can press it: as built for Teams, with Action.Submit buttons elsewhere. */
export function cardForChannel<T>(channelId: string | undefined, card: T): T {
  return runsActionExecute(channelId) ? card : withSubmitButtons(card);
}

/** A pressed Action.Submit made by withSubmitButtons: its verb and data (with any inputs); null for anything else. */
export function pressedButton(value: unknown): { verb: string; data: Record<string, unknown> } | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { [CARD_VERB]: verb, ...data } = value as Record<string, unknown>;
  return typeof verb === 'string' && verb ? { verb, data } : null;
}
