// Disabled and neurodivergent job seekers
// (src/domain/risk/appointeesPassportsInsulinAndPainThatTakesMePatterns.ts): my dad has my birth
// certificate and won't hand it back; my carer takes all my PIP and gives me nothing; ran out of insulin
// and the surgery can't see me till Monday; the bus to the viaduct, don't come looking for me; I've written
// down who gets my things; I want my head to shut off forever; I pray my illness takes me; I'll have
// killed myself by then; the catalogue and Klarna all coming out at once; the benefits stuff is grinding me
// down; one meal in three days; my mood is all over the place; the urges came back but I'm safe.
// Our own examples, with look-alikes of our own: a bouncer kept my ID; my appointee who I asked to help;
// nearly out of insulin, collecting it tomorrow; the cat's insulin; the bridge walk with no signal; secret
// Santa and my nan's will; my phone won't switch off; hoping the course takes me further; someone taking
// me on; Klarna offers; the rejections not getting to me; fasting and meal deals; my mood much better; my
// thoughts coming back to the interview. Meds, pain and appointments said plainly are everyday here.
// And everyday answers to the coach's own questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectLeftAlone, expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { HUNDRED_AND_FORTIETH_WHOLE_SETS } from '../../src/domain/risk/appointeesPassportsInsulinAndPainThatTakesMePatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const readBySets = (text: string): string[] => reasonsReadBy(HUNDRED_AND_FORTIETH_WHOLE_SETS, text);

describe('crisis said by disabled and neurodivergent job seekers', () => {
  it.each([
    ["my dad has got my birth certificate and won't hand it back, so I can't start the job", 'coercive control'],
    ['my boyfriend keeps my ID and my bank card and refuses to give them back', 'coercive control'],
    ['my carer takes all my pip and i never get any of it', 'coercive control'],
    ['my brother has my esa every month and gives me nothing, i have to ask him for bus money', 'coercive control'],
    ["I've run out of insulin and the surgery can't see me till Monday", 'no safe place, food or power tonight'],
    ['ran out of my epilepsy meds and the chemist says no prescription no tablets', 'no safe place, food or power tonight'],
    ['taking the bus up to the viaduct after tea. dont come looking for me', 'a plan to end their life'],
    ['driving to the cliffs tonight, please do not try to call me', 'a plan to end their life'],
    ["I've written down who gets my things and put it on the fridge", 'preparing to end their life, or a past attempt'],
    ['sorted out who gets my cat and my games, all done now', 'preparing to end their life, or a past attempt'],
    ['i want my head to shut off forever, its too much', 'wishes to be dead'],
    ['with the fibro and the forms i just want everything to stop permanently', 'wishes to be dead'],
    ['I pray my illness takes me soon, I am so tired', 'wishes to be dead'],
    ['some days i hope a lorry would just hit me on the way to the jobcentre', 'wishes to be dead'],
    ["don't bother booking the review, I'll have killed myself by then", 'intends to end their life'],
    ['no point doing the course in june, i will probably have done myself in before that', 'intends to end their life'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(HUNDRED_AND_FORTIETH_WHOLE_SETS, text, 'crisis', reason));

  it.each([
    'the bouncer took my id and would not give it back last night',
    'do i need my passport and birth certificate for the right to work check? my mum has them',
    'my mum has my passport at hers, I will pick it up before the check',
    'my mum is my appointee for my pip, I asked her to be, she gives me £60 a week for shopping',
    'my sister is my appointee and gives me money for the week, it works well',
    'my appointee pays my bills and I get the rest, happy with that',
    'my brother has my esa as my appointee, i never see it but he pays my bills and rent',
    "nearly run out of insulin, collecting it tomorrow, can I move Thursday's call",
    "my cat's insulin has run out and the vet can't see us till monday",
    'got an emergency supply of my epilepsy meds, the gp couldnt see me till friday',
    'getting the train to the bridge walk tomorrow, do not try ringing me, no signal up there',
    'going up on the roof to fix the gutter, dont try calling me for an hour',
    "secret santa at the day centre, i've made a list of who gets what",
    "mum left a list of who gets what in her will, we're sorting it now",
    'we sorted out who gets what room in the new house share',
    'my phone keeps buzzing, i want it to switch off for good',
    'my tinnitus is so loud today, i wish it would switch off for good',
    'I just want the pain to go away for good, the new injection might help',
    'I hope the course takes me further in my career',
    'I wish someone would take me on, 40 applications and nothing',
    'hoping the bus will take me closer to the hospital',
    'my physio hopes the exercises will take me off the painkillers eventually',
    "I'll have finished my CV by then",
    "I'll have done my assessment by then so I can start",
    ...BARE_COACH_ANSWERS,
    'thursday after my meds kick in',
    "my pain is bad today so I'll do my applications tomorrow",
    'the new meds make me drowsy in the mornings, can we do the call after 12',
  ])('%j is not read as crisis by these sets', (text) => expectLeftAlone(HUNDRED_AND_FORTIETH_WHOLE_SETS, text));
});

describe('concern said by disabled and neurodivergent job seekers', () => {
  it.each([
    ['the catalogue, klarna and my overdraft all came out at the same time this month', 'money worries'],
    ['clearpay keeps texting me and i dont know what to do', 'money worries'],
    ['spent loads on impulse buys when i was manic and now the payments are overdue', 'money worries'],
    ['the benefits stuff is grinding me down', 'low mood'],
    ['honestly the job search is getting me down, rejection after rejection', 'low mood'],
    ['only had one meal in three days, just cant face food', 'not eating or sleeping'],
    ['I have eaten one proper meal in the past 4 days', 'not eating or sleeping'],
    ['my mood is all over the place since the diagnosis', 'low mood'],
    ['been struggling with my mental health so the job search has stalled', 'low mood'],
    ["the urges came back on Friday but I rang the crisis team and I'm safe", 'spoke of harm, then said they would not'],
    ['the bad thoughts have come back but i am not going to act on them', 'spoke of harm, then said they would not'],
  ])('%j is read as concern', (text, reason) => expectReadAs(HUNDRED_AND_FORTIETH_WHOLE_SETS, text, 'concern', reason));

  it.each([
    ['klarna keeps emailing me offers for a sale, so annoying', 'money worries'],
    ['paid off my clearpay, they kept emailing me but all cleared now', 'money worries'],
    ['my credit card company keeps ringing me about fraud on the card', 'money worries'],
    ['bought a new notebook on impulse, my essay is due friday', 'money worries'],
    ['the rejections are not getting to me, i keep going', 'low mood'],
    ['my mum says the pip stuff is getting to her', 'low mood'],
    ['the heat is getting to me at the bus stop', 'low mood'],
    ['had one meal in 2 days because of ramadan fasting', 'not eating or sleeping'],
    ['nil by mouth before the operation, one meal in 2 days', 'not eating or sleeping'],
    ['got a meal deal for lunch before my appointment', 'not eating or sleeping'],
    ['my mood is much better since the new meds', 'low mood'],
    ['I used to struggle with my mood but I am well now', 'low mood'],
    ['struggling with my mental health assessment form, which box do I tick', 'low mood'],
    ["my son is struggling with his mood since the school changed", 'low mood'],
    ['my thoughts came back to the interview question but i am ok now', 'spoke of harm, then said they would not'],
    ['the urge came back to smoke but i am ok now, 3 weeks off them', 'spoke of harm, then said they would not'],
    ['my mum has my meds in a dosette box so I do not forget them', 'coercive control'],
    ...BARE_COACH_ANSWERS.map((answer) => [answer, 'low mood']),
    ...BARE_COACH_ANSWERS.map((answer) => [answer, 'money worries']),
    ['my back pain is bad today but the meds help, appointment with the physio on the 14th', 'low mood'],
  ])('%j is not read as %j by these sets', (text, reason) => {
    expect(readBySets(text)).not.toContain(reason);
  });
});
