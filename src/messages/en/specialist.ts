// Benefits and disclosure questions: the coach gives no advice of its own. It says who will
// help and when, puts that in the plan, and says the job search carries on meanwhile.
// 'conditions' is the worry that benefits could be stopped: what the coach can truly say is that
// it decides nothing about them and reports to no one about them.
export type SpecialistTopic = 'benefits' | 'conditions' | 'disclosure';

/** The honest answer to "will they stop my money?": the coach's part in it, which is none. */
export const benefitConditionsAnswer = [
  'I do not decide anything about benefits. I do not report to anyone about them.',
  'Only your work coach or adviser can tell you the rules for them.',
].join(' ');

/** "got paid cash in hand, is that a problem?": one for the adviser, offered, never passed on unasked. */
export const cashWorkAsked = [
  'That is a good question to ask your adviser. I cannot give advice about money or benefits, and I do not want to guess.',
  'If you would like your adviser to get in touch, type "talk to my adviser".',
].join(' ');

const opening: Record<SpecialistTopic, string> = {
  benefits: 'That is an important question. I cannot give advice about benefits, and I do not want to guess.',
  conditions: `That is an important question. ${benefitConditionsAnswer}`,
  disclosure: 'That is a big question, and the choice is yours. I cannot tell you what to do.',
};

const whoHelps: Record<SpecialistTopic, string> = {
  benefits: 'Your adviser can help, or find someone who knows benefits well.',
  conditions: 'Your adviser can help you with it.',
  disclosure: 'Your adviser can talk it through with you: what you could say, if anything, and when.',
};

/** The adviser-owned step added to the plan, in the client's view of it. */
export const planItemText: Record<SpecialistTopic, string> = {
  benefits: 'Your adviser will go through how work affects your benefits with you',
  conditions: 'Your adviser will go through the rules for your benefits with you',
  disclosure: 'Your adviser will talk through with you what to tell an employer, if anything',
};

/** `inWork`: someone with a job is not told to keep looking for work meanwhile. */
export function specialistReply(topic: SpecialistTopic, by: string, addedToOpen: boolean, inWork = false, alreadyInPlan = false): string {
  return [
    opening[topic],
    whoHelps[topic],
    addedToOpen ? 'I have added your question to the one they already have.' : 'I have passed your question on to them.',
    // Asked again while the adviser's step is still in the plan: nothing new is added, so none is promised.
    alreadyInPlan ? 'It is already in your plan for them to go through with you.' : `I have asked them to go through it with you by ${by}, and put this in your plan.`,
    inWork ? 'We can carry on.' : 'You do not need to wait for that to keep looking for work. We can carry on.',
  ].join(' ');
}

/** Debt, housing and a conviction, said in passing: the adviser's step the client sees in their plan. */
export type BarrierHandOff = 'debt' | 'housing' | 'convictions';
export const barrierStepText: Record<BarrierHandOff, string> = {
  debt: 'Your adviser will help you find free debt advice',
  housing: 'Your adviser will help you find housing advice',
  convictions: 'Your adviser will help with a letter and what to tell bosses about your record',
};
/** Told when there is no plan yet to put the adviser's step in: the client knows who will help. */
export function barrierNoted(reached: boolean): string {
  return reached ? 'Thank you for telling me. I have let your adviser know, so they can help with this.' : 'Thank you for telling me. I have kept this for your adviser, so they can help with this.';
}
export function barrierHandedOver(by: string): string {
  return `I have asked your adviser to help with that. It is in your plan for ${by}.`;
}

export const specialistWithoutConsent = [
  'That is an important question, and I cannot give advice on it.',
  'Your adviser can help. You can ask them by phone or in person.',
  'I can only pass it on once you let me keep your answers.',
].join(' ');
export const conditionsWithoutConsent = [
  benefitConditionsAnswer,
  'You can ask your adviser by phone or in person.',
  'I can only pass it on once you let me keep your answers.',
].join(' ');

const ADVISER_TOPIC: Record<SpecialistTopic, string> = {
  benefits: 'Asked about benefits',
  conditions: 'Worried about the rules for their benefits',
  disclosure: 'Asked what to tell an employer',
};

/** What a question about telling an employer names; the adviser is told no topic the words did not name. */
export type DisclosureAbout = 'record' | 'health' | null;
const DISCLOSURE_ABOUT: Record<Exclude<DisclosureAbout, null>, string> = {
  record: 'Asked what to tell an employer about their record',
  health: 'Asked what to tell an employer about their health',
};

/** For the adviser: the client's own words, quoted. */
export function adviserDetail(topic: SpecialistTopic, question: string, about: DisclosureAbout = null): string {
  const what = topic === 'disclosure' && about ? DISCLOSURE_ABOUT[about] : ADVISER_TOPIC[topic];
  return `${what}: "${question}"`;
}
