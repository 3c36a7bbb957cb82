import type { SamplesFor } from './index.ts';
import type * as messages from '../en/jobSearch.ts';
import { day, employer } from './fixtures.ts';

export const jobSearch = {
  logged: [
    ['application', [employer], null],
    ['application', [employer, 'Costa', 'Boots'], null],
    ['interview', [employer], day],
    ['interview', [employer, 'Costa'], day],
    ['employer-contact', [employer], null],
    ['employer-contact', [employer, 'Costa'], null],
    ['employer-contact', [], null],
    ['application', [], null, 3],
    ['interview', [employer], null, 1, true],
    ['application', [employer], null, 1, true],
    ['employer-contact', [], null, 1, true],
  ],
  loggedSinceLastReview: [[['Applied to Greggs', 'Interview at Asda', 'Spoke to an employer']]],
  logLine: [['application', employer], ['interview', employer], ['employer-contact', null]],
} satisfies SamplesFor<typeof messages>;
