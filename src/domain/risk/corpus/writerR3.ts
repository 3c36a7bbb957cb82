// The seventh blind split (three writers, 532 messages), the held-out of round 8's first half: measured only, never read; training since the eighth split was written (part 3 of 3). Generated from a TSV by scripts/riskCorpusFromTsv.ts.
import type { RiskCategory } from '../riskCategories.ts';

export const WRITERR_3: readonly (readonly [RiskCategory, string])[] = [
  ["everyday", "hi can u help me do a cover letter for a care assistant role"],
  ["everyday", "do i need to tell the job centre if i do 2 days agency work"],
  ["everyday", "wat does zero hours contract mean exactly"],
  ["everyday", "got the job!!! start monday at the amazon depot 🎉"],
  ["everyday", "I am from Syria, I have engineering degree, can I work in UK with my qualification?"],
  ["everyday", "how do i explain a 2 year gap on my cv, i was caring for my dad"],
  ["everyday", "ALSO DO I NEED STEEL TOE BOOTS FOR THE FORKLIFT COURSE"],
  ["everyday", "voice typing sorry. Can you book me in with Sharon on Thursday at ten"],
  ["everyday", "fed up of the bus being late every morning, missed the start of my shift again"],
  ["everyday", "Good morning, I was made redundant after 31 years at the plant. I would like advice on retraining."],
  ["everyday", "cheers for the help yesterday, the interview went alright i think"],
  ["everyday", "wen do i get paid if i start on a wednesday, is it weekly or monthly"],
];
