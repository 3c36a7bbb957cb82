// Scripted clients who ask about trust and privacy: at the consent question, and at the menu once
// set up. The brief's own words, then more typed the way clients type (typos, text-speak, ESOL,
// angry, worried). A random quarter of the invented ones is held out: they were never used to
// tune the word readers, so they show whether the mend holds for words nobody tuned on.
// Shared by test/journey/trustQuestions.test.ts and test/journey/privacyAtTheMenu.test.ts; the
// benefits rows are the specialist hand-over's (dialogs/specialistQuestion.ts), kept to measure it.

/** What the client asks about, once set up: who sees it, to see it, to delete it, or benefits. */
export type MenuAsk = 'who-sees' | 'see' | 'delete' | 'benefits';
export type Asked<Kind> = { said: string; kind: Kind; heldOut?: true };

/** Asked at "Is it OK for me to keep your answers?". */
export const ASKED_AT_CONSENT: readonly Asked<'consent'>[] = [
  // The brief's.
  ...['why should i trust you', 'is this going to the jobcentre', 'who sees what i type', 'will my work coach see this', 'do i have to', 'what happens if i say no'].map(
    (said) => ({ said, kind: 'consent' as const }),
  ),
  // Invented.
  { said: 'y should i trust a robot', kind: 'consent' },
  { said: 'is this the jobcentre', kind: 'consent' },
  { said: 'r u reporting me to the dwp', kind: 'consent' },
  { said: 'does this go to my work coach', kind: 'consent', heldOut: true },
  { said: 'who reads this', kind: 'consent' },
  { said: 'i dont trust computers with my info', kind: 'consent' },
  { said: 'will u tell jobcentre what i say', kind: 'consent' },
  { said: 'must i do this', kind: 'consent' },
  { said: 'what if i dont want to', kind: 'consent' },
  { said: 'is it safe to tell you things', kind: 'consent' },
  { said: 'are you spying on me', kind: 'consent' },
  { said: 'my english not good. who see my answer?', kind: 'consent' },
  { said: 'can the job centre see this chat', kind: 'consent' },
  { said: 'do i HAVE to agree to this??', kind: 'consent' },
  { said: 'why do u need my info', kind: 'consent' },
  { said: 'is this being recorded', kind: 'consent' },
  { said: 'will they know if i say no', kind: 'consent', heldOut: true },
  { said: 'im worried about what happens to my data', kind: 'consent', heldOut: true },
  { said: 'is this confidential', kind: 'consent' },
  { said: 'what r u going 2 do with my details', kind: 'consent' },
];

/** Typed at the menu, once set up. */
export const ASKED_AT_THE_MENU: readonly Asked<MenuAsk>[] = [
  // The brief's.
  { said: 'where does this info go', kind: 'who-sees' },
  { said: 'do you tell the jobcentre everything i say', kind: 'who-sees' },
  { said: 'can i see what you keep about me', kind: 'see' },
  { said: 'delete my stuff', kind: 'delete' },
  { said: 'will this affect my benefits', kind: 'benefits' },
  // Invented.
  { said: 'where does my info go', kind: 'who-sees' },
  { said: 'who can see my plan', kind: 'who-sees' },
  { said: 'does my work coach read all this', kind: 'who-sees', heldOut: true },
  { said: 'do u report back to the jobcentre', kind: 'who-sees', heldOut: true },
  { said: 'are you telling the dwp everything', kind: 'who-sees' },
  { said: 'what have u got on me', kind: 'see', heldOut: true },
  { said: 'can i see my data pls', kind: 'see' },
  { said: 'i want to see everything you know about me', kind: 'see' },
  { said: 'delete everything about me', kind: 'delete' },
  { said: 'pls delete all my info', kind: 'delete' },
  { said: 'remove all my details', kind: 'delete', heldOut: true },
  { said: 'wipe my info', kind: 'delete', heldOut: true },
  { said: 'will using this mess up my uc', kind: 'benefits', heldOut: true },
  { said: 'is this gonna affect my universal credit', kind: 'benefits' },
  { said: 'i dont want the jobcentre knowing my business', kind: 'who-sees', heldOut: true },
  { said: 'this is just spying for the dwp isnt it', kind: 'who-sees', heldOut: true },
  { said: 'does this effect my benifits', kind: 'benefits' },
  { said: 'wat info u keep on me', kind: 'see' },
  { said: 'how do i delete this stuff', kind: 'delete' },
  { said: 'are you part of the jobcentre', kind: 'who-sees' },
  { said: 'my work coach gonna see this?', kind: 'who-sees' },
  { said: 'plz can u delet my detials', kind: 'delete' },
  { said: 'does the jobcentre get a copy of this', kind: 'who-sees' },
  { said: 'can u stop my money', kind: 'benefits' },
];

export const CONSENT_ASKED = /is it OK for me to keep your answers\?/i;
export const CONSENT_BUTTONS = '[Yes, that is OK] [No thanks]';
/** Replies that show the words were not heard. */
export const NOT_HEARD = /didn't catch that|I was not clear|That sounds really hard|I can only pass a message on|not sure which/i;

/** What the reply to each menu ask must hold. */
export const MENU_REPLY: Record<MenuAsk, RegExp> = {
  'who-sees': /adviser can see (?:them|your answers)[\s\S]*What would you like to do/,
  see: /Here is what I keep about you/,
  delete: /Do you want me to delete it all\?/,
  benefits: /I do not decide anything about benefits[\s\S]*(?:\[Talk to my adviser\]|passed your question on)/,
};
