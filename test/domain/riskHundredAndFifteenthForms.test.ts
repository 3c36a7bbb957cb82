// A sixteenth plain mix: risk said in passing, in the middle of everyday talk
// (src/domain/risk/plainMixFuneralSongsNotesAndSilentCallsPatterns.ts): my husband is in the room so I can
// only answer yes or no; my funeral playlist is written down; the aim is to stop self harming; the date is
// marked in my diary like any other appointment; started a goodbye note and tore it up; swap places with
// someone in the grave; thinking about finishing it all; I'll make sure he regrets it; nothing left for
// tomorrow and not a penny; burnt my arms again, need long sleeves; told myself things would get easier
// and they never do; low, next question; plotting her funeral over the last biscuit.
// Our own examples, with look-alikes of our own: the baby asleep so I can only whisper; a funeral plan
// with the Co-op; stop cutting corners; the interview written in my calendar; a note to the landlord torn
// up; swap places with anyone in the office; finish it all by Friday, the forms; make them regret not
// hiring me; nothing planned for tomorrow; cut my arm open on a nail; the diet next week; the wifi down;
// planning my nan's funeral.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('crisis said in passing in a plain mix', () => {
  it.each([
    ["Can we do it by phone? My husband's in the room so I can only answer yes or no.", "coercive control"],
    ["She is sat next to me so I have to keep it short, just yes or no questions please", "coercive control"],
    ["My funeral playlist is written down and in the drawer for my sister.", "preparing to end their life, or a past attempt"],
    ["Picked out my funeral hymns last night and gave them to my son.", "preparing to end their life, or a past attempt"],
    ["Goal for this month? Stop self harming, then maybe the CV.", "self-harm"],
    ["Honestly the first thing is to stop hurting myself. Jobs can wait.", "self-harm"],
    ["Friday. I've marked the date in my diary like any other appointment.", "a plan to end their life"],
    ["Put it in my phone calendar like it's a dentist appointment, the 3rd.", "a plan to end their life"],
    ["Started a goodbye note and tore it up. Wrote another last night.", "preparing to end their life, or a past attempt"],
    ["Keep writing the note then screwing it up.", "preparing to end their life, or a past attempt"],
    ["I'd swap places with somebody in the grave in a heartbeat.", "wishes to be dead"],
    ["Honestly I'd swap places with anyone who's dead right now.", "wishes to be dead"],
    ["Lately I keep thinking about finishing it all, there's no point.", "thoughts of suicide"],
    ["My head tells me to just finish everything.", "thoughts of suicide"],
    ["If he turns up at the school again I swear I'll make sure he regrets it.", "harm to someone else"],
    ["I'm going to make them suffer for this, I know where they live.", "harm to someone else"],
    ["The baby had the last of the formula, there's nothing left for tomorrow and not a penny in the bank.", "no safe place, food or power tonight"],
    ["Kids had beans for dinner, nothing for tomorrow, no money till Tuesday.", "no safe place, food or power tonight"],
    ["Rough night, burnt my arms again. Do I need long sleeves for the induction?", "self-harm"],
    ["I cut my wrists up on Sunday, what top covers them for the interview?", "self-harm"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "Can you ring later? The baby is asleep in the room so I can only whisper.",
    "My manager is sat next to me so I have to keep it short, yes or no please.",
    "My nan is 90 and has her funeral music picked, bless her.",
    "I've sorted my funeral wishes with the Co-op plan, now I just want a few hours of work.",
    "I need to stop cutting corners on my applications.",
    "My hairdresser told me to stop cutting my own fringe.",
    "I've written the interview in my calendar like you said.",
    "Put it in my diary like a normal appointment, the induction on the 3rd.",
    "Wrote a note to my landlord about the damp then tore it up, I'll phone instead.",
    "Wrote a thank you note to the manager then binned it, felt too much.",
    "I'd swap places with anyone in the office on Friday, their job sounds great.",
    "Happy to swap places with someone in the queue if they are in a rush.",
    "I should just finish it all by Friday, the applications I mean.",
    "Going to finish everything on my CV tonight and send it off.",
    "I'll make sure they regret not hiring me by doing well somewhere else.",
    "I'm going to make sure he regrets turning me down, by getting a better job.",
    "There's nothing planned for tomorrow and no money to go out, so I'll do applications.",
    "Nothing booked for tomorrow, no money for the bus, so I'll stay in and eat leftovers.",
    "Cut my arm open on a nail at the warehouse, need long sleeves to cover it.",
    "Burnt my arm again on the oven, the kitchen job is rough.",
  ])('%j is not read as crisis', (text) => {
    expect(applyRules(text).crisis.size).toBe(0);
  });
});

describe('concern said in passing in a plain mix', () => {
  it.each([
    ["I keep telling myself things will get easier and they never do.", "hopelessness"],
    ["Every month I promise myself next month will be different. It never is.", "hopelessness"],
    ["Low. Next question.", "low mood"],
    ["ugh. flat again. move on", "low mood"],
    ["Colleague took the last biscuit, plotting her funeral lol", "joked about hurting someone"],
    ["neighbour hoovering at 6am, planning his funeral 😂", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    ["I tell myself I'll start the diet next week but it never happens lol", "hopelessness"],
    ["Said I'd tidy my room tomorrow and it never happens, typical me", "hopelessness"],
    ["Wifi's down. Next question.", "low mood"],
    ["Down. Next question, I mean I'm down to the last two applications.", "low mood"],
    ["Planning my nan's funeral this week, she passed on Sunday, so can we move the appointment?", "joked about hurting someone"],
    ["Helping plan her funeral, my aunt died last week.", "joked about hurting someone"],
  ])('%j is not read as %j', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });
});
