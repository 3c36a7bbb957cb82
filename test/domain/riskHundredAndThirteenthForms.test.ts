// Out of prison, in recovery, sleeping rough or in hostels: risk said in the words of that life
// (src/domain/risk/prisonRecoveryAndRoughSleepingPatterns.ts): a big bag of brown so I can not wake up;
// I'm going to step in front of the next train; I'll kick that screw's head in; sat on the bridge for
// ages, it's a long way down; doing it in my cell when the officers finish their rounds; I'll do it on
// Friday, got it all planned; the shelter turned me away and it's gone eleven; I don't want any more
// mornings; been on the brown again since release; skipped group and went to the pub instead; scoring
// vallies on top of my methadone; useless, forty and can't keep a job; the bed at the AP ends and nothing
// found, could end up back on the streets; I'm never going to find work with my record; the black dog is
// back.
// Our own examples, with look-alikes of our own: naloxone training on how people go over; walking onto
// the train at the station; he said he'd smash my face in; watching the boats in the lock for ages; doing
// the CV in my room; the hostel refused me but the council placed me in a room; days off; the cans at a barbecue; the rock climbing wall; the
// team meeting and the pub; topping up my phone; a friend who can't keep a job; back out of the office;
// thought I'd never get a job; the black dog back from the groomers.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said in the words of prison, recovery and the hostel', () => {
  it.each([
    ["Picked up a big bag of brown so I can not wake up.", "a plan to end their life"],
    ["Going to score enough gear to go over this weekend.", "a plan to end their life"],
    ["Gonna od for good once I've seen my lad.", "a plan to end their life"],
    ["I'm going to step in front of the next train after probation.", "a plan to end their life"],
    ["After signing on I'm going to lie down on the railway line.", "a plan to end their life"],
    ["I swear I'll kick that screw's head in on Monday.", "harm to someone else"],
    ["Going to batter that keyworker's face in when I see him.", "harm to someone else"],
    ["Sat on the bridge for ages last night, it's a long way down.", "thinking about a way to end their life"],
    ["Stood by the river for hours, how fast it is there.", "thinking about a way to end their life"],
    ["Once the officers finish their rounds I'm doing it in my cell.", "a plan to end their life"],
    ["I'll do it in the toilets when the night staff swap over.", "a plan to end their life"],
    ["I'll do it on Friday after my payment, got it all planned.", "a plan to end their life"],
    ["The shelter turned me away, it's gone eleven and it's freezing.", "no safe place, food or power tonight"],
    ["Night shelter said they were full, it's 11pm, where do I go?", "no safe place, food or power tonight"],
    ["They keep telling me to keep going but I don't want any more mornings.", "wishes to be dead"],
    ["I just don't want another day of this.", "wishes to be dead"],
    ["Honestly I don't want to see another new year.", "wishes to be dead"],
    ["not sure i want to see another spring", "wishes to be dead"],
    ["I hope I never see another winter.", "wishes to be dead"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "Did the naloxone training, how to spot when someone has taken enough gear to go over.",
    "Did the naloxone course, for good measure I carry a kit in case a friend goes over.",
    "I'm walking onto the train at the station at nine for the interview.",
    "Got my PTS card so I'll be walking on the tracks for Network Rail.",
    "He said he'd smash my face in if I went to the police.",
    "I'm not going to smash his face in, I'm better than that now.",
    "Watched the narrowboats in the lock for ages, it's deep there.",
    "Sat by the canal fishing for hours, it's deep by the weir, good for carp.",
    "When everyone's out I'm doing it in my room, the CV needs quiet.",
    "Got it all worked out, I'll do it on Monday with the childminder sorted.",
    "Hostel refused me at first but the council placed me in a room, it's 11pm and I'm warm.",
    "The shelter turned down my volunteering form, it's 9pm so I'll ring tomorrow.",
    "The council refused my housing application last year, does that stop me applying for the job?",
    "I don't want any more days off, I want full time hours.",
    "My sponsor says one day at a time and he doesn't want another day like the old ones.",
    "I don't want to see another summer like last year, stuck indoors with no work.",
    "Hope I never see another winter in that damp flat, moving in March.",
    "She doesn't want to see another Christmas on her own, so I'm having her over.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said in the words of prison, recovery and the hostel', () => {
  it.each([
    ["Been on the brown again since I got out.", "drinking or drugs to cope"],
    ["Back on the bottle every night since the sanction.", "drinking or drugs to cope"],
    ["Skipped group and went to the pub instead.", "drinking or drugs to cope"],
    ["Went to the offy instead of my meeting, again.", "drinking or drugs to cope"],
    ["Scoring vallies on top of my methadone.", "drinking or drugs to cope"],
    ["Been topping up on street benzos, the script isn't enough.", "drinking or drugs to cope"],
    ["Useless, forty and can't keep a job more than a month.", "feels worthless"],
    ["I'm a joke, 28 and still can't hold down a warehouse job.", "feels worthless"],
    ["My bed at the AP ends in June and nothing found, could end up back on the streets.", "may lose their home"],
    ["Hostel stay runs out next month and no move on flat offered.", "may lose their home"],
    ["Honestly I'm never going to find work with my record.", "hopelessness"],
    ["I'll never get a proper job, nobody wants an ex con.", "hopelessness"],
    ["The black dog is back.", "low mood"],
    ["That dark cloud's hanging over me again.", "low mood"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "On the cans at the barbecue this weekend, then back on the job hunt.",
    "Back to the rock climbing wall since I got out, great for the head.",
    "Two years clean, never going back on the gear, got my interview Monday.",
    "Missed the team meeting and went to the pub instead for the leaving do.",
    "Went to the pub instead of the quiz, can we move my review?",
    "Topping up my phone credit on top of the bus pass, how do I budget that?",
    "Bought a fake designer bag, can I return it?",
    "My ex is pathetic, he can't hold down a job and won't pay for the kids.",
    "Pathetic bus service, I can't keep a shift start time with it.",
    "Back out of the office by five, is the placement still on?",
    "My work placement ends in April and nothing lined up, can you help with the CV?",
    "I thought I'd never get a job but I start Monday!",
    "My dad said I'll never get a job with tattoos, proved him wrong.",
    "The black dog's back from the groomers, looking smart.",
    "Dark clouds are back over the hills, rain for the interview tomorrow.",
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
