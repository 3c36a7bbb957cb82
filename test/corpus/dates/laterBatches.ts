// The sixth and later training batches, gathered here so that training.ts stays short. Each batch was
// scored once before the changes made for it (see the head of each file).
import { EIGHTH_BATCH_PHRASES, EIGHTH_BATCH_SENTENCES } from './eighthBatch.ts';
import { SEVENTH_BATCH_PHRASES, SEVENTH_BATCH_SENTENCES } from './seventhBatch.ts';
import { SIXTH_BATCH_PHRASES, SIXTH_BATCH_SENTENCES } from './sixthBatch.ts';
import type { DateCase, ExtractCase } from './moments.ts';

export const LATER_BATCH_PHRASES: DateCase[] = [...SIXTH_BATCH_PHRASES, ...SEVENTH_BATCH_PHRASES, ...EIGHTH_BATCH_PHRASES];
export const LATER_BATCH_SENTENCES: ExtractCase[] = [...SIXTH_BATCH_SENTENCES, ...SEVENTH_BATCH_SENTENCES, ...EIGHTH_BATCH_SENTENCES];
