// Short replies typed straight after the coach's questions and reminders, terse, flat and oblique
// (src/domain/risk/shortRepliesAfterTheCoachsQuestionsPatterns.ts): the only goal this week not to kill
// myself, or to stop existing; whether a box of my sleeping tablets would do it; the bridge on the way to
// the jobcentre crossing my mind; stones in my coat pockets and the river tomorrow; sh'd again, or cut
// deeper than I meant; strangled or grabbed by the throat; a split lip after one of her moods, the marks
// on my neck keeping me off video; just text, he reads my messages; going back to deck the guard; a bench,
// a dying phone and nowhere to go, kicked out at 1am; a man following me and me hiding in the toilets;
// cans in and numb, spliffs before the interview; one more group exercise and I'm committing murder, top
// of my hit list, plotting the printer's death; sobbing the whole train journey; "meh. low"; who would I
// even share the news with; forgetting to eat since Monday.
// Our own examples, with look-alikes of our own that answer the same questions: not to overthink the
// applications, not to wake up late, tablets enough for the holiday, it crossed my mind to apply, pebbles
// from the beach, "you shd come", deeper into my CV, choked out at jiu jitsu, a black eye from football
// or rugby, bruises from a fall, a manager who listens in at work, sorting the form out properly, lunch on
// a sunny bench or the subs' bench, locked out of the journal, followed on LinkedIn or by the puppy,
// pints at a wedding, killing it at the interview, a hit list of employers, a murder mystery party,
// happy tears, down the road, who to ring about the form, too busy to eat lunch.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in a short reply to the coach', () => {
  it.each([
    ["Goal for this week: just not kill myself.", "thoughts of suicide"],
    ["My only target today is to not end it all.", "thoughts of suicide"],
    ["Honestly the aim is to stop existing.", "wishes to be dead"],
    ["Goal for today? not wake up tbh", "wishes to be dead"],
    ["Would a full box of my sleeping tablets be enough?", "thinking about a way to end their life"],
    ["How many paracetamol would it take, just wondering", "thinking about a way to end their life"],
    ["The bridge is on my way to the jobcentre. It's crossed my mind a few times this week.", "thinking about a way to end their life"],
    ["There's a railway line behind the hostel, it keeps crossing my mind", "thinking about a way to end their life"],
    ["Tomorrow, the river, stones in my coat pockets.", "a plan to end their life"],
    ["Fill my pockets with rocks and walk into the sea on Sunday.", "a plan to end their life"],
    ["I sh'd again yesterday", "self-harm"],
    ["I sh'd on Sunday, not proud", "self-harm"],
    ["Cut deeper than I meant to last night", "self-harm"],
    ["Went a bit deeper than normal, think it needs stitches", "self-harm"],
    ["My boyfriend strangled me last night over the washing up.", "abuse or violence"],
    ["He grabbed me by the throat because I was late back.", "abuse or violence"],
    ["She was in one of her moods again. Split lip now.", "abuse or violence"],
    ["My husband lost it last night, bruised ribs.", "abuse or violence"],
    ["The marks are still on my neck so I can't do video.", "abuse or violence"],
    ["Black eye is still showing, can we cancel the appointment?", "abuse or violence"],
    ["Can we just text? My partner reads my messages.", "coercive control"],
    ["Could we not ring, she listens to all my calls", "coercive control"],
    ["Recruiter mugged me off. Going round there to teach him a lesson.", "harm to someone else"],
    ["That security guard shoved me, going back to deck him.", "harm to someone else"],
    ["Phone's about to die and I'm sat on a bench, nowhere to go.", "no safe place, food or power tonight"],
    ["I'm on a park bench, freezing, can't go home.", "no safe place, food or power tonight"],
    ["Kicked out at 1am with no money and no keys.", "no safe place, food or power tonight"],
    ["Got thrown out tonight, no coat and it's pouring.", "no safe place, food or power tonight"],
    ["A man's been following me since the station, I'm hiding in the toilets.", "no safe place, food or power tonight"],
    ["Some lads are still following me, what do I do", "no safe place, food or power tonight"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "Goal for this week: not to overthink the applications.",
    "The aim is not to OD on coffee before the interview.",
    "My aim is to not exist on social media for a bit.",
    "Goal for tomorrow is to not wake up late again.",
    "Would a box of my tablets be enough to last the holiday?",
    "Is a box of my tablets enough for the holiday or do I need a repeat?",
    "The bridge on the way to the jobcentre, it crossed my mind to walk that way.",
    "There's a job at the canal boat yard, it crossed my mind to apply.",
    "The kids came back from the beach with pockets full of stones on Sunday.",
    "Stones in my pockets from the beach walk with my daughter tomorrow.",
    "You shd come to the jobs fair tomorrow.",
    "I shd be there by ten.",
    "Went deeper than usual into my CV this time.",
    "The session went deeper than usual today, really helpful.",
    "She choked me out in jiu jitsu class, good workout.",
    "My little boy choked me with a hug this morning.",
    "She kicked off at the football and got a black eye.",
    "He went mad when I came home with a black eye from rugby.",
    "The bruises on my face from the fall are still showing so no interviews this week.",
    "The marks on my arm from the blood test still show.",
    "Can we not do calls? My manager listens in at work.",
    "Could we just text, my husband listens in because my English isn't great.",
    "Going back to sort the form out properly.",
    "Going round there to sort him out with a lift to the interview.",
    "I'm sat on a bench in the sun eating lunch, phone's nearly dead.",
    "I'm on the subs bench tonight, phone dying, will ring after the match.",
    "Locked out of my journal again, can't log in tonight.",
    "Kicked out of the pub at midnight lol, great night out.",
    "Someone keeps following me on LinkedIn, is that a good sign?",
    "My puppy is following me everywhere right now.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in a short reply to the coach', () => {
  it.each([
    ["Four pints in and feeling numb, so better.", "drinking or drugs to cope"],
    ["Couple of cans down, calmer now.", "drinking or drugs to cope"],
    ["A couple of spliffs first and I'll be fine for the interview.", "drinking or drugs to cope"],
    ["Few vodkas then I'll be able to face it tomorrow.", "drinking or drugs to cope"],
    ["One more group exercise and I'm committing murder 😂", "joked about hurting someone"],
    ["If the hold music plays again I'm going to strangle someone lol", "joked about hurting someone"],
    ["That receptionist is top of my hit list haha", "joked about hurting someone"],
    ["My printer jammed again, plotting its slow and painful death", "joked about hurting someone"],
    ["Cried all the way home after the appointment.", "not coping"],
    ["Sobbed the whole train journey back.", "not coping"],
    ["meh. low", "low mood"],
    ["tbh just numb", "low mood"],
    ["Who would I even share the news with", "feels alone"],
    ["Who would I even spend Christmas with", "feels alone"],
    ["Forgot to eat again, third day running.", "not eating or sleeping"],
    ["Keep forgetting to eat since Monday.", "not eating or sleeping"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "Four pints in at the wedding, feeling good!",
    "Couple of cans of Coke Zero down and I'm fine.",
    "A couple of coffees and I'll be fine for the interview.",
    "Six cans in the fridge ready for the match, all good.",
    "One more interview and I'm going to be killing it.",
    "One more coffee and I'm committing to the gym lol",
    "Those companies are on my hit list to apply to.",
    "Planning her murder mystery party for Saturday.",
    "Cried the whole way home, got the job!!",
    "Cried laughing the whole bus ride home.",
    "meh. down the road from the jobcentre",
    "honestly good",
    "Who would I even ring about the form?",
    "Who do I celebrate with first, the team or my family?",
    "Forgot to eat lunch again, too busy with interviews.",
    "Forgot to eat breakfast again, running late.",
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
