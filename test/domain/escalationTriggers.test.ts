import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESCALATION_REASONS, ESCALATION_TRIGGERS, TRIGGER_KINDS, type TriggerKind } from '../../src/domain/escalationTriggers.ts';
import { WHY_NOW } from '../../src/messages/en/escalationDetails.ts';
import { decisionFor } from '../../src/domain/escalationRules.ts';
import { headlines } from '../../src/messages/en/escalationSummary.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NOW = new Date('2026-03-16T10:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

describe('the trigger table', () => {
  it.each(TRIGGER_KINDS)('%s has a reason, a source, an urgency, a contact time, a cool-down and words', (kind) => {
    const trigger = ESCALATION_TRIGGERS[kind];
    expect(ESCALATION_REASONS).toContain(trigger.reason);
    expect(['message', 'time', 'failed-delivery']).toContain(trigger.firesOn);
    expect(['urgent', 'soon', 'routine']).toContain(trigger.urgency);
    expect(Number.isInteger(trigger.contactWithinDays) && trigger.contactWithinDays >= 0).toBe(true);
    expect(Number.isInteger(trigger.coolDownDays) && trigger.coolDownDays >= 0).toBe(true);
    expect(WHY_NOW[trigger.wording]).toMatch(/^[A-Z].{10,}\.$/);
    expect(headlines[trigger.reason]).toBeTruthy();
  });

  it('gives every time-based trigger a cool-down, so a closed one is not raised again within the hour', () => {
    for (const kind of TRIGGER_KINDS.filter((k) => ESCALATION_TRIGGERS[k].firesOn === 'time')) {
      expect(ESCALATION_TRIGGERS[kind].coolDownDays, kind).toBeGreaterThan(0);
    }
  });

  it('covers every reason a row can have, and uses every sentence it has', () => {
    const triggers = Object.values(ESCALATION_TRIGGERS);
    expect(new Set(triggers.map((trigger) => trigger.reason))).toEqual(new Set(ESCALATION_REASONS));
    expect(new Set(triggers.map((trigger) => trigger.wording))).toEqual(new Set(Object.keys(WHY_NOW)));
  });

  it('sets urgency and contact-by times from the table', () => {
    expect(decisionFor('crisis', 'Risk.', NOW)).toEqual({ reason: 'crisis', urgency: 'urgent', detail: 'Risk.', contactBy: NOW });
    expect(decisionFor('concern', 'Worry.', NOW)).toMatchObject({ reason: 'concern', urgency: 'soon', contactBy: new Date(NOW.getTime() + DAY_MS) });
    expect(decisionFor('in-work-problem', 'At work.', NOW)).toMatchObject({ reason: 'client-asked', urgency: 'soon' });
    expect(decisionFor('specialist-question', 'Benefits.', NOW)).toMatchObject({ reason: 'specialist-barrier', urgency: 'routine' });
  });

  it('gives a job loss a contact-by date 3 days after it was reported (IPS), and makes it urgent once they have passed', () => {
    const reported = new Date('2026-03-15T18:00:00Z');
    expect(decisionFor('job-loss', 'Lost it.', NOW, reported)).toMatchObject({ urgency: 'soon', contactBy: new Date('2026-03-18T18:00:00Z') });
    expect(decisionFor('job-loss', 'Lost it.', NOW, new Date('2026-03-10T00:00:00Z')).urgency).toBe('urgent');
  });
});

/** Every .ts file of the app (not the generated Prisma client), with its path from the repo root. */
function sourceFiles(): { path: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'generated' ? [] : walk(full);
      return entry.name.endsWith('.ts') ? [full] : [];
    });
  return [...walk(join(ROOT, 'src')), ...walk(join(ROOT, 'dialogs'))].map((full) => ({ path: relative(ROOT, full), text: readFileSync(full, 'utf8') }));
}

/** The text between a call's parentheses; string literals are skipped whole, so their brackets do not count. */
function argumentsOf(text: string, open: number): string {
  let depth = 0;
  for (let at = open; at < text.length; at += 1) {
    const char = text[at]!;
    if (char === "'" || char === '"' || char === '`') {
      for (at += 1; at < text.length && text[at] !== char; at += 1) if (text[at] === '\\') at += 1;
    } else if (char === '(') {
      depth += 1;
    } else if (char === ')' && --depth === 0) {
      return text.slice(open + 1, at);
    }
  }
  throw new Error('unbalanced call');
}

/** Each call of raiseEscalation or recordEscalation outside their module (which passes the request on). */
function raiseCalls(): { where: string; args: string }[] {
  // wiring.ts only hands the use cases' requests on (handover.raise), as raiseEscalation.ts does.
  const callers = sourceFiles().filter(({ path }) => path !== 'src/escalation/raiseEscalation.ts' && path !== 'src/usecases/wiring.ts');
  return callers.flatMap(({ path, text }) =>
    [...text.matchAll(/(?<!function )\b(?:raiseEscalation|recordEscalation|handover\.raise)\(/g)].map((match) => ({
      where: `${path}:${text.slice(0, match.index).split('\n').length}`,
      args: argumentsOf(text, match.index + match[0].length - 1),
    })),
  );
}

describe('the one way in', () => {
  const files = sourceFiles();

  it('creates escalation rows only in the repository, and only raiseEscalation.ts calls it', () => {
    expect(files.filter(({ text }) => /\.escalation\.(?:create|createMany|upsert)\(/.test(text)).map(({ path }) => path)).toEqual(['src/db/escalations.ts']);
    // The use cases reach raiseEscalation through their hand-over port (handover.raise), not the repository.
    expect(files.filter(({ text }) => /(?<!handover)\.raise\(/.test(text)).map(({ path }) => path)).toEqual(['src/escalation/raiseEscalation.ts']);
  });

  it('has every caller name a trigger from the table, and none set urgency or reason themselves', () => {
    const calls = raiseCalls();
    expect(calls.length).toBeGreaterThanOrEqual(10);
    for (const { where, args } of calls) {
      expect(args, where).not.toMatch(/\b(?:urgency|reason|coolDown\w*)\s*:/);
      const named = /\btrigger(?:\s*:\s*'([^']+)')?/.exec(args);
      expect(named, `${where} names no trigger`).not.toBeNull();
      if (named![1]) expect(TRIGGER_KINDS, where).toContain(named![1]);
    }
  });

  it('raises every trigger in the table from somewhere: a caller or the hourly rules', () => {
    const named = new Set<string>();
    for (const { args } of raiseCalls()) for (const [, kind] of args.matchAll(/\btrigger:\s*'([^']+)'/g)) named.add(kind!);
    const rules = files.find(({ path }) => path === 'src/domain/escalationRules.ts')!.text;
    for (const [, kind] of rules.matchAll(/\btrigger:\s*'([^']+)'/g)) named.add(kind!);
    expect([...named].sort()).toEqual([...TRIGGER_KINDS].sort() satisfies TriggerKind[]);
  });
});
