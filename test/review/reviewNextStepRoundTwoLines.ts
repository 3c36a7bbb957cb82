// Lines for the review's next-step questions, round two (play-testing: "yes done" kept as a step,
// "next wednesday" kept as a step, "yeah it was ok" kept as the back-up plan, news ignored). Written
// before the mend; `heldOut` (about a quarter) was set aside then and never tuned on.

/** At "What is your next step?": answers that are no step. */
export const notASteps = {
  nod: ['yes done', 'yep', 'ok done', 'yeah did it', 'yes i did', 'all done thanks', 'ya', 'sure', 'yh done it', 'okay then', 'done it yeah', 'yup all sorted'],
  feeling: ['yeah it was ok', 'it went well', 'it was good', 'not bad', 'was alright i guess', 'felt good', 'pretty good actually', 'it went fine'],
  day: ['next wednesday', 'tomorrow', 'friday', 'monday maybe', 'next week', 'in 2 weeks', 'on thursday', 'sometime next week'],
  news: [
    'she said to apply in september',
    'they said there might be something in september',
    'he told me to ring back next week',
    'they said theyd let me know',
    'she said to send my cv',
    'the woman said apply online',
    'they told me to come back monday',
    'apparently theres jobs coming up in the new year',
  ],
};

/** At "What is your next step?": steps, which must stay steps. */
export const steps = [
  'email the school office',
  'apply in september',
  'ring them back next week',
  'send my cv to the school',
  'apply online at tesco',
  'look at indeed for 2 jobs',
  'go to the jobcentre on friday',
  'ask my mum to help with my cv',
  'text the agency',
  'fill in the form',
  'apply for the september job',
  'ring back on monday',
  'get my dbs done',
  'sign up at the agency',
  'ok ill email the school office',
  'yes ring them tomorrow',
  'yeah apply in september',
  'i will ask her about september',
  'write a covering letter',
  'go back monday',
];

/** At the back-up plan question: no back-up plan. */
export const notABackup = ['yeah it was ok', 'yes', 'ok thanks', 'it went well', 'good thanks', 'fine', 'yep done'];
/** At the back-up plan question: back-up plans. */
export const backups = ['work in a shop', 'care work', 'cleaning', 'maybe retail', 'warehouse work', 'something in admin', 'ok maybe retail', 'bar work'];

/** Set aside before the mend: never tuned on. */
export const heldOut = {
  nod: ['yes ive done it', 'ye', 'done thanks', 'cool'],
  feeling: ['it was fine', 'went alright', 'was ok tbh'],
  day: ['tues', 'end of the month', 'this friday'],
  news: ['they said no vacancies right now', 'she said there might be something soon', 'the man on the phone said to email them'],
  steps: ['phone the college', 'check the council website', 'send an email to the office', 'email them like he said', 'ask about the september job', 'go in on friday'],
  notABackup: ['yeah ok', 'it was good'],
  backups: ['cleaning jobs', 'maybe care work'],
};
