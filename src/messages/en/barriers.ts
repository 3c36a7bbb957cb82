// The barriers to work the self-assessment asks about. The label is what the client sees, so it
// is short and kind; the name is the adviser's word for it, used in summaries.
import type { BarrierAnswer, BarrierId } from '../../domain/barriers.ts';

export const barrierLabels: Record<BarrierId, string> = {
  housing: 'Somewhere to live',
  'childcare-caring': 'Childcare or caring',
  health: 'Health, in body or mind',
  transport: 'Getting to work',
  'money-benefits': 'Money or benefits',
  debt: 'Debts',
  convictions: 'A criminal record',
  'health-disclosure': 'Telling a boss about your health',
  qualifications: 'Qualifications',
  'digital-skills': 'Using computers or phones',
  language: 'Speaking or reading English',
  confidence: 'Feeling confident',
  'work-gaps': 'Time out of work',
  'substance-use': 'Alcohol or drugs',
};

export const barrierNames: Record<BarrierId, string> = {
  housing: 'Housing',
  'childcare-caring': 'Childcare and caring',
  health: 'Physical or mental health',
  transport: 'Transport',
  'money-benefits': 'Money and benefits',
  debt: 'Debt',
  convictions: 'Criminal convictions',
  'health-disclosure': 'Disclosing a health condition',
  qualifications: 'Qualifications',
  'digital-skills': 'Digital skills',
  language: 'Language',
  confidence: 'Confidence',
  'work-gaps': 'Gaps in work history',
  'substance-use': 'Substance use',
};

/** The answer buttons, in order. Each is read back by parseBarrierAnswer in src/domain. */
export const barrierAnswerLabels: Record<BarrierAnswer, string> = {
  yes: 'Yes',
  no: 'No',
  'prefer-not-to-say': "I'd rather not say",
};
export const barrierAnswerButtons = [barrierAnswerLabels.yes, barrierAnswerLabels.no, barrierAnswerLabels['prefer-not-to-say']];

export const barrierQuestion = (barrier: BarrierId): string => `${barrierLabels[barrier]}.\nDoes this make it hard for you to get or keep a job?`;

/** What each question is about, in a few plain words. */
const barrierAbout: Record<BarrierId, string> = {
  housing: 'having a safe place to live',
  'childcare-caring': 'looking after kids or someone else',
  health: 'your health, in body or mind',
  transport: 'getting to and from work',
  'money-benefits': 'money or benefits',
  debt: 'money you owe',
  convictions: 'a criminal record',
  'health-disclosure': 'telling a boss about your health',
  qualifications: 'exams or courses you have passed',
  'digital-skills': 'using computers or phones',
  language: 'speaking or reading English',
  confidence: 'how confident you feel',
  'work-gaps': 'time out of work',
  'substance-use': 'alcohol or drugs',
};

/** An answer about another barrier ("no qualifications" at "Debts"): kept, and this one asked again. */
export const otherBarrierNoted = (barrier: BarrierId): string => `Thanks, I have noted that. This question is about ${barrierAbout[barrier]}.`;

/** "my mum is ill so i look after her" at "Is there another job you would like?": kept for the barrier it names, and the job question asked again. */
export const barrierNotedAtAJobQuestion = (barrier: BarrierId): string => `Thank you for telling me. I have noted it. I will ask about ${barrierAbout[barrier]} a bit later.`;

/** "what does that mean?", "i dont understand qualifications?" at a barrier question: what it is about, then how to answer. */
export const barrierExplanation = (barrier: BarrierId): string =>
  `This one is about ${barrierAbout[barrier]}. Does it make work harder for you right now? You can say yes, no, or that you would rather not say.`;
