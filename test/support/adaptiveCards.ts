// Validates Adaptive Card JSON with Microsoft's own `adaptivecards` renderer library: the card is
// parsed as a host targeting schema 1.5 would, and every parse and validation event (unknown
// element, bad property value, unsupported version) is reported. Parsing needs no DOM; only
// rendering does. The package's ESM build has extensionless imports Node cannot load, so the
// bundled UMD build is required instead.
import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';

const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

export interface CardValidation {
  errors: string[];
  /** The card as the library serialises it back: what a host would render. */
  roundTrip: Record<string, unknown>;
}

export function validateAdaptiveCard(json: unknown): CardValidation {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const errors: string[] = [];
  for (let i = 0; i < context.eventCount; i++) errors.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) errors.push(`validate: ${event.message}`);
  if (typeof json === 'object' && json && (json as { version?: unknown }).version !== '1.5') errors.push('version: not 1.5');
  return { errors, roundTrip: card.toJSON(new AC.SerializationContext(AC.Versions.v1_5)) as Record<string, unknown> };
}

/** Every TextBlock text in the card, in order. */
export function cardTexts(json: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'TextBlock' && typeof record.text === 'string') texts.push(record.text);
      Object.values(record).forEach(walk);
    }
  };
  walk(json);
  return texts;
}
