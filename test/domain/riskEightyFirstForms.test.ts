// Risk told through time (src/domain/risk/pastAttemptsAnniversariesAndSpringTriggersPatterns.ts): ending
// it all for good, the last attempt failed and this time will work, the same bridge and now a date, a
// lad who needs a kicking and cousins who will help, marks that could not be hidden; told it would
// get better after christmas last christmas too, good at nothing, laid off first again, months clean
// until the funeral, the house goes unless work comes in, a loan off a guy and the interest, a birthday
// that was just me, friends who sided with the ex, a quiet house and the telly, the lads who stopped
// asking, cannot face the emails and sit staring, winter blues early, someone's getting slapped. Our
// own examples, with look-alikes of our own: weddings, stalls and sponsored walks with a date, theory
// tests and sourdough, puppies and rugby bruises, the council's roads, a drill off a bloke, the kids
// at christmas, recruiters who stopped calling, a freezing laptop, a blues band, football.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis told through time', () => {
  it.each([
    ["Some days I think I could just end it all for good and nobody would notice.", "thoughts of suicide"],
    ["Plan the week, then I think I might as well stop the whole thing for good.", "thoughts of suicide"],
    ["My last attempt failed. This time I will make sure it works.", "intends to end their life"],
    ["The first try didn't work, the next attempt will.", "intends to end their life"],
    ["Same bridge I always think about, and now I've picked a date.", "a plan to end their life"],
    ["It's always been the top floor of the multi storey for me, only now I have set the day.", "a plan to end their life"],
    ["That lad who grassed needs a kicking and my cousins said they'll help on Friday.", "harm to someone else"],
    ["He deserves sorting out and I've got lads who'll come with me tonight.", "harm to someone else"],
    ["Missed my sister's party because I couldn't hide the marks on my neck.", "abuse or violence"],
    ["Couldn't even cover up the black eye for the interview so I rang in sick.", "abuse or violence"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "I could just stop all my subscriptions for good and save a fortune.",
    "I might as well pack in smoking for good this new year.",
    "My last attempt at the theory test failed, the next one will go better.",
    "The first try at the sourdough didn't work, next time it will.",
    "The last attempt didn't work so my brother said the next one will.",
    "We've found the place and finally set a date for the wedding!",
    "Found the perfect spot for the stall and I have picked a date, 12th of May.",
    "The bridge walk is on, I've set a date for the sponsored hike.",
    "The puppy needs teaching a lesson and my friends will help train him on Saturday.",
    "The new lad needs teaching the till and my friends will help on Saturday.",
    "I couldn't cover the bruises from rugby so I wore long sleeves.",
    "She couldn't hide the bruises, the police came round.",
    "I fell off the ladder and couldn't cover the bruises for the wedding photos.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern told through time', () => {
  it.each([
    ["Everyone keeps telling me things get better after Christmas. They said that last Christmas too.", "hopelessness"],
    ["The jobcentre said it would pick up by summer. They told me the same last year.", "hopelessness"],
    ["Fifteen years of graft and I was never really good at anything.", "feels worthless"],
    ["I am good at nothing, that's the truth.", "feels worthless"],
    ["They laid me off first again, typical.", "feels worthless"],
    ["Six months clean until the funeral. Been using a bit since.", "drinking or drugs to cope"],
    ["I was two years dry up until my birthday, had a couple since.", "drinking or drugs to cope"],
    ["Unless something comes in by March the house goes, the lender sent a final letter.", "may lose their home"],
    ["The building society has sent a possession notice about the mortgage.", "may lose their home"],
    ["Borrowed 300 quid off a guy from the estate and now he's charging double interest.", "money worries"],
    ["A loan shark is the only one who would lend me anything.", "money worries"],
    ["My birthday was just me this year.", "feels alone"],
    ["Spent Christmas on my own again.", "feels alone"],
    ["Since the split our mutual friends all sided with him.", "feels alone"],
    ["Since my wife passed the house is so quiet now, I talk to the telly more than people.", "feels alone"],
    ["The lads stopped asking me out months ago.", "feels alone"],
    ["I can't face checking my emails, I just sit there staring for hours.", "not coping"],
    ["My usual winter blues kicked in early this year, back in September.", "low mood"],
    ["If the landlord ignores me again someone's getting slapped 😂", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["The council said the roads would improve. They said that last year too.", "hopelessness"],
    ["My dad says it'll pick up in spring, he said that last spring too lol.", "hopelessness"],
    ["I was never any good at anything except cooking, so I'm applying for chef jobs.", "feels worthless"],
    ["My brother was never good at anything at school but now he's a plumber.", "feels worthless"],
    ["They let me go first in the queue, lovely people.", "feels worthless"],
    ["My dad was five years sober until March, we are supporting him.", "drinking or drugs to cope"],
    ["I was three months smoke-free until March, back on the cigarettes.", "drinking or drugs to cope"],
    ["The house goes on the market in spring if we find a buyer.", "may lose their home"],
    ["The bank sent me a new card and a letter about my statement.", "may lose their home"],
    ["If the sale goes through the house goes to the new owners in spring.", "may lose their home"],
    ["Borrowed a drill off a bloke at the pub, he wants it back by Friday.", "money worries"],
    ["Borrowed a tenner off a bloke at the bus stop for the fare, paid him back today.", "money worries"],
    ["My brother took a loan off a guy at work and the interest is mad.", "money worries"],
    ["Christmas was just me and the kids, lovely and quiet.", "feels alone"],
    ["Christmas was just me this year as my partner was working, bliss.", "feels alone"],
    ["After the divorce our friends sided with us both, no drama.", "feels alone"],
    ["When the kids went back to school the house went quiet at last, bliss.", "feels alone"],
    ["I talk to the plants now, read it helps them grow lol", "feels alone"],
    ["The recruiters stopped calling me, finally.", "feels alone"],
    ["They stopped calling me in for interviews after the summer.", "feels alone"],
    ["I can't face opening the laptop on a Sunday lol.", "not coping"],
    ["My laptop keeps freezing, I sit there for an hour while it updates and I can't face starting again.", "not coping"],
    ["The blues band started early so we missed the first song.", "low mood"],
    ["My sister gets the January blues, they started in November for her.", "low mood"],
    ["In the film someone gets punched if they lose again.", "joked about hurting someone"],
    ["If the team loses again someone's getting hit by the manager's hairdryer lol, it's football.", "joked about hurting someone"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
