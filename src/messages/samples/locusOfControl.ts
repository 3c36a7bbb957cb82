import type { SamplesFor } from './index.ts';
import type * as messages from '../en/locusOfControl.ts';
import { LOCUS_STATEMENTS } from '../../domain/locusOfControl.ts';
import { locusStatements } from '../en/locusOfControl.ts';

export const locusOfControl = {
  locusWelcomeBack: [[4, 8]],
  statementMessage: LOCUS_STATEMENTS.map((statement, index) => [index + 1, LOCUS_STATEMENTS.length, locusStatements[statement.id]] as const),
} satisfies SamplesFor<typeof messages>;
