// A feeling and a job in one message, where the job wanted is asked. Play-testing, round
// twenty-five: "Honestly I feel a bit lost, it's been so long, but office work is what I know" was
// answered as a low mood, and "office work" lost: the question came again. Both are heard: the
// feeling answered, the job kept.
import { normaliseAnswer } from './answers.ts';
import { hasJobWord, readJobsWanted } from './jobWanted.ts';
import { WORRIED_WORDS } from './textChecks.ts';

// How they feel about looking for work, never a job: the worried words (textChecks.ts), and being
// lost at it. Not panic or dread: "the council sent a letter, panicking a bit" would keep the letter as a job.
const FEELING = new RegExp(
  String.raw`\b(?:i feel|i felt|im feeling|i am feeling|feeling|feels|it feels)\b|` +
    String.raw`\b(?:${WORRIED_WORDS}|lost|hopeless|useless|daunted|daunting|confused|out of my depth|no confidence|not confident|rusty|all over the place)\b`,
);
// Where one thought ends and the next begins.
const CLAUSES = /\s*(?:[,.;!?]+|\s-\s|\bbut\b|\balthough\b|\bthough\b|\btho\b|\bhowever\b)\s*/;
// Said after the job, about knowing it: "office work is what I know", "cleaning is all ive done".
const WHAT_I_KNOW =
  /\s+(?:is|was|are|its)\s+(?:what|all|the (?:thing|only thing|one thing|job)s?)\s+(?:i|ive|i have|im)\b.*$|\s+(?:i (?:know|guess|suppose|think))$|\s+(?:really|tbh|i guess)$/;

/** The job named beside a feeling ("I feel a bit lost, but office work is what I know": "office work", kept as "Office work"); null otherwise. */
export function jobSaidWithAFeeling(text: string): { said: string; titles: string[] } | null {
  const clauses = text.toLowerCase().replace(/['\u2019`]/g, '').split(CLAUSES).map(normaliseAnswer).filter(Boolean);
  if (clauses.length < 2) return null;
  const feelings = clauses.filter((clause) => FEELING.test(clause) && !hasJobWord(clause));
  const jobs = clauses.filter((clause) => !FEELING.test(clause) && hasJobWord(clause)).map((clause) => clause.replace(WHAT_I_KNOW, '').trim());
  if (feelings.length === 0 || jobs.length !== 1) return null;
  const read = readJobsWanted(jobs[0]!);
  return read.kind === 'jobs' ? { said: jobs[0]!, titles: read.titles } : null;
}

// "something outdoors like gardening ... because i hate being stuck inside": the feeling is the
// reason for the work named (round twenty-five: "That sounds really hard", and both jobs lost).
const WHY = /\b(?:because|becuase|cos|coz|cuz|cause|as i|since i)\b/;

// How they feel about themselves, said in the reason, still wants an answer: "because i feel useless at home".
const LOW_ABOUT_THEMSELVES = /\b(?:useless|worthless|hopeless|depressed|sad|low|down|lonely|alone|rubbish|failure|no point|pointless|cant cope|cannot cope|struggling|anxious|stressed|scared|worried|crying)\b/;

/** Work named, then why: the low words are in the reason ("i hate being stuck inside"), and say nothing low of themselves. */
export function namesWorkThenWhy(text: string): boolean {
  const words = text.toLowerCase().replace(/['\u2019`]/g, '');
  const at = WHY.exec(words);
  if (!at || at.index === 0) return false;
  const before = words.slice(0, at.index);
  if (LOW_ABOUT_THEMSELVES.test(words.slice(at.index))) return false;
  return hasJobWord(before) && !FEELING.test(before) && readJobsWanted(before).kind === 'jobs';
}
