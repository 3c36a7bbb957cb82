// The words layer is complete and every message can be rendered: each file in src/messages/en is
// in the bundle and has its samples, every message that takes arguments has at least one set, and
// no sample is left over from a message that is gone.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en, wordsFor } from '../../src/messages/index.ts';
import { readers, samples } from '../../src/messages/samples/index.ts';
import { LIKERT_OPTIONS, parseLikertAnswer } from '../../src/domain/locusOfControl.ts';
import { parseBarrierAnswer, type BarrierAnswer } from '../../src/domain/barriers.ts';
import { renderAll } from './render.ts';

const folder = (path: string): string[] =>
  readdirSync(fileURLToPath(new URL(path, import.meta.url)))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();

const messageFiles = folder('../../src/messages/en/');
const sampleFiles = folder('../../src/messages/samples/').filter((name) => name !== 'index' && name !== 'fixtures');

describe('the words layer', () => {
  it('has every file of src/messages/en in the English bundle, as that very module', async () => {
    expect(Object.keys(en).sort()).toEqual(messageFiles);
    for (const name of messageFiles) {
      const module: unknown = await import(`../../src/messages/en/${name}.ts`);
      expect(en[name as keyof typeof en], name).toBe(module);
    }
  });

  it('registers every message module: its samples file, its samples and who reads it', () => {
    expect(sampleFiles).toEqual(messageFiles);
    expect(Object.keys(samples).sort()).toEqual(messageFiles);
    expect(Object.keys(readers).sort()).toEqual(messageFiles);
  });

  it('has samples for every message that takes arguments, and none left over', () => {
    const { rendered, missingSamples, staleSamples } = renderAll(en);
    expect(missingSamples).toEqual([]);
    expect(staleSamples).toEqual([]);
    expect(rendered.length).toBeGreaterThan(500);
    for (const module of messageFiles) expect(rendered.some((message) => message.module === module), module).toBe(true);
  });

  it('finds a message with no samples, and a sample with no message', () => {
    const { missingSamples, staleSamples } = renderAll({ ...en, plan: { ...en.plan, extra: (day: string) => day }, prompts: en.prompts } as typeof en);
    expect(missingSamples).toEqual(['plan.extra']);
    expect(staleSamples).toEqual([]);
  });

  it('gives English for English, for languages it does not have yet, and when no locale is known', () => {
    for (const locale of ['en', 'en-GB', 'EN_us', 'cy', 'pl-PL', '', undefined]) expect(wordsFor(locale)).toBe(en);
  });
});

describe('words that must agree with the rest of the coach', () => {
  it('says every styled message both ways, and the two ways differ', () => {
    const styled = renderAll(en).rendered.filter((message) => /\.(warm-guided|self-directed)(#\d+)?$/.test(message.path));
    const byMessage = new Map<string, string[]>();
    for (const { path, text } of styled) {
      const key = path.replace(/\.(warm-guided|self-directed)(#\d+)?$/, '$2');
      byMessage.set(key, [...(byMessage.get(key) ?? []), text]);
    }
    expect(byMessage.size).toBeGreaterThanOrEqual(10);
    for (const [key, texts] of byMessage) {
      expect(texts, key).toHaveLength(2);
      expect(texts[0], key).not.toBe(texts[1]);
    }
  });

  it('reads back every answer button it shows for the sentences and the barriers', () => {
    for (const option of LIKERT_OPTIONS) expect(parseLikertAnswer(en.locusOfControl.likertLabels[Number(option.value) as 1 | 2 | 3 | 4 | 5])).toBe(Number(option.value));
    for (const [answer, label] of Object.entries(en.barriers.barrierAnswerLabels)) expect(parseBarrierAnswer(label)).toBe(answer as BarrierAnswer);
  });
});
