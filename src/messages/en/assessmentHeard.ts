// Said back at the self-assessment when the client tells more than a button says (play-testing,
// assessment round five): recovery news met with a kind word, and a change of job said back.
import { jobChangedTo } from './selfAssessment.ts';

/** "im 8 months sober, go to AA meetings": one kind word, before the question is asked again. */
export const recoveryHeard = 'Well done. That takes real strength, and it is great to hear.';

/** "actually no, make that barber" at "Is there another job you would like too?". */
export const jobInsteadOf = (job: string, before: string): string => `OK, ${inASentence(job)} instead of ${inASentence(before)}.`;

// "Barber" is "barber" in the middle of a sentence; "HGV driver" stays as it is.
const inASentence = (title: string): string => (/^[A-Z][a-z]/.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title);

/** A changed job said back: what it replaced, when there was one ("actually no care worker" at the reason has none). */
export const jobChangeSaidBack = (job: string, before: string | null): string => (before ? jobInsteadOf(job, before) : jobChangedTo(job));
