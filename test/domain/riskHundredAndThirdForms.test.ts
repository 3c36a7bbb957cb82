// Men in trades, veterans, prison leavers and gamblers, said tersely or with gallows humour
// (src/domain/risk/tradesVeteransAndGallowsHumourPatterns.ts): a day and a bridge and "that's the plan",
// not let to answer the phone unless she is listening in, the man I owe saying next time it is my legs,
// ready for the box, not caring if I live or die, wishing the IED had finished the job, glad if the
// scan said terminal, done with the lot for good, a split lip or the iron from her, my bank card kept and
// no money for food, the letters written and a date to choose, a blade for the man who hurt my sister,
// going round the depot with a bat and "they'll regret it"; my trade gone and nothing left, lucky I
// forgot the hammer, the wages lost at the bookies, low as hell, stuck in a hole I can not climb out of.
// Our own examples, with look-alikes of our own: a Saturday by the river with the dog, a broken
// microphone, a knee replacement, bulbs ready to go in the ground, dying of embarrassment, builders who
// never finished the job, the all clear, done with the gambling for good, a bust lip from rugby, a hot
// tea made for me, pocket money, a sick note and a day for the appointment, sharpening the carving knife,
// a hammer taken round to put up shelves, moving on to a new chapter, a stolen nail gun, a fiver lost on
// the Grand National, tyre pressure low as anything, a van stuck in the mud.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said tersely or with gallows humour', () => {
  it.each([
    ["Saturday night, the railway bridge on the bypass. It's all planned.", "a plan to end their life"],
    ["Friday, the quarry behind the estate, that's the plan.", "a plan to end their life"],
    ["I'm not allowed to answer the phone unless my wife is sat next to me.", "coercive control"],
    ["Can't take any calls unless the missus is in the room, sorry.", "coercive control"],
    ["Dealer I owe says if I don't pay by Sunday he'll break my fingers.", "abuse or violence"],
    ["The bloke I borrowed off texted me, next time it's my legs.", "abuse or violence"],
    ["The dealer said he's coming for my mum if I don't pay up.", "abuse or violence"],
    ["Honestly mate I'm ready for the box.", "wishes to be dead"],
    ["Feeling ready to go six feet under tbh.", "wishes to be dead"],
    ["Don't even care whether I live or die anymore.", "wishes to be dead"],
    ["I honestly don't care if I wake up or not.", "wishes to be dead"],
    ["Still wish the IED had finished the job in Helmand.", "wishes to be dead"],
    ["I sometimes wish the paramedics hadn't brought me back.", "wishes to be dead"],
    ["Wish the rope had held.", "wishes to be dead"],
    ["If the scan came back and I had cancer I'd be relieved.", "wishes to be dead"],
    ["If the consultant said I had months to live I would welcome it.", "wishes to be dead"],
    ["I'm done with the lot, for good this time.", "intends to end their life"],
    ["Tell my work coach there's no need to bother booking the next appointment. I won't be here.", "intends to end their life"],
    ["The wife threw me out last night and left me with a split lip.", "abuse or violence"],
    ["My girlfriend hit me again, I've got a black eye.", "abuse or violence"],
    ["She came at me with the iron last night.", "abuse or violence"],
    ["My missus threw a mug of hot tea over me.", "abuse or violence"],
    ["My brother has my bank card and won't give me a penny for food.", "coercive control"],
    ["She keeps all my wages and refuses to give me money for the meter.", "coercive control"],
    ["The letters are written. Just have to choose the date.", "preparing to end their life, or a past attempt"],
    ["Written my goodbye letters, now to set a day.", "preparing to end their life, or a past attempt"],
    ["Got a blade for the bloke who hurt my sister.", "harm to someone else"],
    ["Sharpening a knife for when I see him.", "harm to someone else"],
    ["I'm going round the agency office on Monday with a bat. They'll regret it.", "harm to someone else"],
    ["Heading to his house with a crowbar tonight, he'll learn.", "harm to someone else"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "Saturday, the river with the dog, that's the plan.",
    "The plan is Sunday at the reservoir, fishing with the lads.",
    "Monday the canal job, it's all sorted with the gaffer.",
    "The plan is Saturday the river, all sorted, a few pints after.",
    "I can't take calls unless my support worker is there, I'm deaf.",
    "Can't take calls unless she's listening, my mic is broken so it has to be on speaker.",
    "The physio said next time it's my knees that need surgery.",
    "I owe my mate a pint, he said he'll kill me if I forget.",
    "The bulbs are ready to go in the ground.",
    "Fence posts ready to be put in the ground tomorrow.",
    "I don't care if I die trying, I'm getting this job.",
    "Don't care if I die of embarrassment, I'm going to the interview.",
    "I wish the builders had finished the job before winter.",
    "I wish they had finished the job on the kitchen.",
    "I wish the tablets had worked, my headache is still bad.",
    "If the doctor told me it was not cancer I'd be glad.",
    "If the scan comes back clear I'll be relieved.",
    "I'm done with the gambling for good.",
    "I'm finished with all of it for good, got the job at the depot!",
    "Got a bust lip from rugby on Saturday, she laughed at me.",
    "She came at me with a cup of tea ready as soon as I got in.",
    "My partner threw the kettle on and made me a brew.",
    "She went for me with her keys out to open the door.",
    "My son has my bank card and won't give me any money for food, it's his pocket money card lol.",
    "The bank won't give me money for food until payday.",
    "Written the sick note, need to pick a day for the GP.",
    "Wrote the cover letter, just need to choose a day for the interview.",
    "Sharpening the carving knife for the Christmas turkey.",
    "Been sharpening my chisels for the job on Monday.",
    "Going round my dad's house with a hammer to put up his shelves.",
    "Going round the site office with a spanner to fix the radiator, he'll know about it if it leaks.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said tersely or with gallows humour', () => {
  it.each([
    ["My trade is over after the back injury and there is nothing left for me.", "hopelessness"],
    ["Army life is done and I have nothing.", "hopelessness"],
    ["The foreman is lucky I forgot my hammer today.", "joked about hurting someone"],
    ["My work coach is lucky I didn't bring the baseball bat lol.", "joked about hurting someone"],
    ["Blew my whole wage on the slots again.", "money worries"],
    ["Lost 2 grand at the bookies last week.", "money worries"],
    ["Feeling low as hell this week.", "low mood"],
    ["Mood is low as it gets today.", "low mood"],
    ["Stuck in a dark place and can't find a way out.", "low mood"],
    ["I'm stuck in a rut and I don't know how to get out.", "low mood"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "That part of my life is over and I'm glad, on to a new chapter.",
    "My career is done in retail, nothing left there, retraining as a plumber.",
    "Lucky I left my hammer at home, it would have got nicked off the site.",
    "Lucky I didn't bring the drill, the battery was flat.",
    "Lost a fiver on the Grand National, good day out.",
    "My mate lost 2 grand on the horses, I'm staying clear.",
    "Tyre pressure is low as anything, need to pump them up.",
    "Prices are low as anything in the sale.",
    "Van stuck in a rut in the field and can't get it out.",
    "My wellies got stuck in a rut in the field, couldn't get them out.",
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
