// Risk told in the words of an alarming job or hobby (src/domain/risk/alarmingJobsAndHobbiesPatterns.ts):
// do not revive me, envying the victims, a retirement plan of not being around, picturing being the next
// call-out, by my own hand, pulling the plug on me not the game, leaving leaving, looking over the edge
// longer, what happens if someone swallows it asking for me, the roof before anyone is in, enough of
// the tablets and doing it in the car, no one will notice till monday, the crossing and the freight
// times, poison not for the mice, ampoules saved from the ward, medals given away, jumped and survived,
// a blade on my arm, his routine and a knife, when I see him I am snapping his arm, cornered and
// touched, made to do things for my hours, not part of the class and I froze, a slap if tea is late,
// my address found and a threat to my kids; no one hires a carer who fell apart, all I am good for is,
// sleeping pills with vodka, no sleep since the assault, feeding them to the sharks lol, the next
// victim haha. Our own examples, with look-alikes of our own: game characters, fame, moving abroad,
// the team, things made by hand, funding, auctions, the view and the ducks, the dog, site checks,
// wasp jobs, a sneaky early finish, commuters, mice, returned stock, birthday presents, a bungee jump,
// tattoos and carving the lamb, lifts to work, break a leg, toddlers, cleaning the toilets,
// interviews, sparring, parcels, a cracked phone, baking, the leaflet, a newborn, the next episode of.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis told in the words of a job or hobby', () => {
  it.each([
    ["If I go down tonight please don't revive me this time.", "wishes to be dead"],
    ["Honestly never respawn me, one life was plenty.", "wishes to be dead"],
    ["A game over screen would be lovely right now, in real life I mean.", "wishes to be dead"],
    ["Thinking of uninstalling myself permanently.", "wishes to be dead"],
    ["Watched another murder doc and caught myself envious of the victim, at least they're at peace.", "wishes to be dead"],
    ["I'm jealous of the victims in these podcasts, it's over for them, messed up I know.", "wishes to be dead"],
    ["The lads go on about pensions. My plan is just not being here for it.", "wishes to be dead"],
    ["Everyone's sorting their retirement, my plan is to not be around by then.", "wishes to be dead"],
    ["Fifteen years on the ambulances and now I keep imagining being one of the bodies we pick up.", "thoughts of suicide"],
    ["Police officer, seen all the ways people go. Lately I picture myself as the next call out.", "thoughts of suicide"],
    ["I'll see my wife again soon, by my own hand, it's settled.", "intends to end their life"],
    ["Going to join my brother next month by my own hand.", "intends to end their life"],
    ["I'm pulling the plug on myself, not the Xbox.", "intends to end their life"],
    ["Game over for me. Going to pull the plug this week.", "intends to end their life"],
    ["I'll be gone by spring, not to a new job, gone gone. Made my mind up.", "intends to end their life"],
    ["I'm checking out soon, checking out checking out.", "intends to end their life"],
    ["Every day I stop on the footbridge and stare over the railing longer each time.", "thinking about a way to end their life"],
    ["Top of the multi storey after my shift, I lean over the edge for longer every day.", "thinking about a way to end their life"],
    ["What would happen if someone swallowed the weedkiller from the depot? Asking for myself.", "thinking about a way to end their life"],
    ["What happens if a person inhales the fumigation gas. Not asking for a friend.", "thinking about a way to end their life"],
    ["Friday early, the roof of the new block before anyone's in.", "a plan to end their life"],
    ["Top of the tower crane at 5am Wednesday before the lads are on site.", "a plan to end their life"],
    ["I've got enough of the insulin from the ward now, doing it in the car on Friday.", "a plan to end their life"],
    ["Saved enough of my pills over the months. Going to do it in the garage tonight.", "a plan to end their life"],
    ["New Year's Day. No one is going to notice till Monday.", "a plan to end their life"],
    ["Nobody would find me until the rent is due.", "a plan to end their life"],
    ["Midnight Thursday at the railway line behind the yard, I've memorised the freight times.", "a plan to end their life"],
    ["2am the crossing by the farm. I know when the fast trains come through off by heart.", "a plan to end their life"],
    ["Bought weedkiller on the company card and it's not for the weeds.", "preparing to end their life, or a past attempt"],
    ["Picked up some pesticide from the farm shop, not for the garden.", "preparing to end their life, or a past attempt"],
    ["Been pocketing oramorph from the drug round a few at a time, nearly enough now.", "preparing to end their life, or a past attempt"],
    ["I've been saving tablets from the care home one at a time, my own stash.", "preparing to end their life, or a past attempt"],
    ["Gave my boxing medals to my nephew. He'll understand one day.", "preparing to end their life, or a past attempt"],
    ["Sent my fishing rods to my old mate with a card, he will know why soon.", "preparing to end their life, or a past attempt"],
    ["Threw myself off the multi storey last year and survived, that's why I'm on crutches.", "preparing to end their life, or a past attempt"],
    ["I jumped from the viaduct in 2019 and lived. That's the gap.", "preparing to end their life, or a past attempt"],
    ["Been scoring lines into my arm with a craft knife after work.", "self-harm"],
    ["Took the razor blade to my thigh again last night.", "self-harm"],
    ["I know her routine and I've got a knife. She'll regret it.", "harm to someone else"],
    ["Worked out when he clocks off, I'll be waiting for him with the bat.", "harm to someone else"],
    ["Next time I see that foreman I'm snapping his arm.", "harm to someone else"],
    ["As soon as I catch my ex I'm going to smash his face in, not a lol this time.", "harm to someone else"],
    ["The supervisor pins me in the stockroom and kisses me, I don't know what to do.", "abuse or violence"],
    ["A driver at the depot keeps groping me when I load the van.", "abuse or violence"],
    ["The owner made me do things with him so I could keep my hours. I didn't want to.", "abuse or violence"],
    ["My landlord made me do stuff to keep the room, I said no.", "abuse or violence"],
    ["My instructor touches me in ways that are not part of the lesson.", "abuse or violence"],
    ["He put his hands on my waist after class and I just froze.", "abuse or violence"],
    ["I get a slap if the tea isn't on the table at six.", "abuse or violence"],
    ["He throws things and hits me, it's just how it is in our house.", "abuse or violence"],
    ["A prisoner's brother got our address and threatened to burn us out.", "abuse or violence"],
    ["Someone from the case found my home address and told me they will hurt my kids.", "abuse or violence"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "In hardcore mode they never respawn me, brutal game.",
    "The game over screen looks great on the new console.",
    "Half the internet is jealous of the victims' fame on these shows, weird.",
    "My retirement plan is not being here in the UK, off to Spain in a caravan.",
    "I picture myself as one of the team by Christmas, fingers crossed.",
    "Every chair in the shop was made by my own hand.",
    "The investors are pulling the plug on me, not the project, they said.",
    "Going going gone, the auction was a laugh.",
    "I'm leaving, not for a new job, leaving leaving, moving to Australia with my partner!",
    "We stand on the bridge every day and look over the edge longer at the ducks.",
    "What happens if someone drinks the stuff we use on wasp nests? Asking for the COSHH course.",
    "Top lift of the scaffold early Monday before anyone's on site, I do the checks and tag it.",
    "Got enough of the fumigation tablets for the warehouse job, doing it in the van on Monday.",
    "I'll sneak off early Friday, no one will notice till Monday.",
    "3am at the level crossing every Sunday, I know the timetable off by heart from commuting.",
    "Ordered rat poison through the work account, not for rats but for the mice in the barn.",
    "Taking the morphine ampoules back from the ward to the pharmacy a few at a time for disposal.",
    "Gave my old kit to my nephew for his birthday, he'll understand later why it's pink.",
    "Jumped off the bridge into the river as a kid and survived, mum went mad.",
    "Had a tattoo done on my leg, he carved lines with the blade for hours.",
    "Carving the lamb on my leg of a chopping board, scalpel sharp.",
    "I know his shift pattern so I can sort lifts, he'll pay for petrol.",
    "When I see her I'm going to break the news to her.",
    "The toddler keeps grabbing me and touching my face, so cute.",
    "My manager made me do stuff I didn't want to, cleaning the toilets all week.",
    "I froze in the interview when they touched on my gap.",
    "I get hit if I drop my guard in sparring, that's normal in our gym.",
    "The courier found my address and said they will do my parcel tomorrow.",
    "My brother jumped off the footbridge and survived, he's in hospital.",
    "I'm going going going all week at work, knackered.",
    "What would happen if I take ibuprofen with my antibiotics? Asking for myself.",
    "Jumped in front of the bus to save a kid and survived, got a medal for it.",
    "The club coach pinned me in sparring and I froze, need to work on my escapes.",
    "My retirement plan is not being around the office anymore, off fishing.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern told in the words of a job or hobby', () => {
  it.each([
    ["No one is going to hire a carer who fell apart on shift.", "feels worthless"],
    ["Nobody wants a copper that had a breakdown.", "feels worthless"],
    ["The only thing I'm good for is lifting boxes.", "feels worthless"],
    ["All I'm useful for now is stacking shelves.", "feels worthless"],
    ["Taking zopiclone with vodka most nights just to switch off.", "drinking or drugs to cope"],
    ["Back on the sleeping pills and a bottle of wine since the redundancy.", "drinking or drugs to cope"],
    ["Haven't had a decent night's sleep since the assault at work.", "not eating or sleeping"],
    ["Not slept through the night since I left the force.", "not eating or sleeping"],
    ["If the gaffer says one more time we're on lates, I'm feeding him to the sharks lol.", "joked about hurting someone"],
    ["My flatmate ate my leftovers again, he's gonna be the next victim haha.", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["Nobody wants a phone that cracked on day one.", "feels worthless"],
    ["No one will hire someone who turns up late, so I'm always early.", "feels worthless"],
    ["The only thing I'm good for is baking lol, my sourdough is great.", "feels worthless"],
    ["All I'm good for is cuddles according to the grandkids.", "feels worthless"],
    ["The leaflet says never mix sleeping tablets with wine to get off.", "drinking or drugs to cope"],
    ["My mum's back on the sleeping tablets with wine since the divorce.", "drinking or drugs to cope"],
    ["Not had a proper night's sleep since the baby was born.", "not eating or sleeping"],
    ["Not had a proper night's sleep since the twins arrived.", "not eating or sleeping"],
    ["Feeding the leftovers to the pigs at work today, they love it lol.", "joked about hurting someone"],
    ["She's going to be the next episode of the podcast as a guest haha.", "joked about hurting someone"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
