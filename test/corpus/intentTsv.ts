// Reads a labelled set of messages for the understanding model: lines of "intent<TAB>message".
import { readFileSync } from 'node:fs';
import { intents, type Intent } from '../../src/domain/understanding.ts';

export type LabelledIntent = { intent: Intent; text: string };

export function readIntentTsv(path: string | URL): LabelledIntent[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0 && !line.startsWith('#'))
    .map((line, index) => {
      const [intent, ...rest] = line.split('\t');
      if (!(intents as readonly string[]).includes(intent ?? '') || rest.join(' ').trim() === '') {
        throw new Error(`${String(path)} line ${index + 1}: expected "intent<TAB>message", got ${JSON.stringify(line)}`);
      }
      return { intent: intent as Intent, text: rest.join(' ').trim() };
    });
}
