// Second-language speakers, unpaid carers and people with a long illness, the second round
// (src/domain/risk/secondLanguageCarersPillowsBalconiesAndCharityShopsPatterns.ts): better to close the eyes
// and never wake, that is how I feel; I put the pillow over his face; I have got a plan, the roof of the
// multi storey; my affairs are in order, my cat goes to my sister; how do I stop wanting to die; sent my
// goodbyes, everyone thinks I am emigrating; gave away my books, I won't need them any more; I am going to
// jump, I just need the courage; if the supervisor says another word I am bringing a knife. And, for concern:
// I'm at my wits' end; they treat me like I am dirt; honestly really low; cracking the vodka before midday
// to get through; whoever wrote this letter should be strung up.
// Our own examples, with look-alikes of our own: the same words in a baby's good night, a pillow under her
// head, a plan for the CV, the arrangements for an interview and an appointee, a first-aid course on helping
// others, a leaving do before a real move, clothes that no longer fit, jumping at a chance and a bungee for
// charity, a hammer for the shelves, the overdraft at its limit, a dog's look, a wet day, a baby's bottle at
// lunch, a picture that should be hung. And the bare answers to the coach's own questions, which none of
// these sets may read.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_FIFTY_SECOND_WHOLE_SETS } from '../../src/domain/risk/secondLanguageCarersPillowsBalconiesAndCharityShopsPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const SETS = HUNDRED_AND_FIFTY_SECOND_WHOLE_SETS;
const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis said plainly by second-language speakers, carers and people with a long illness', () => {
  it.each([
    ['my grandmother used to say it is better to close the eyes and never wake. I think she was right, I feel it too', 'wishes to be dead'],
    ['best to fall asleep and not open my eyes again, that is what i want', 'wishes to be dead'],
    ['i put the pillow over his face when he would not stop shouting. i am frightened of myself', 'harm to someone else'],
    ['i keep thinking about putting a pillow on her face while she sleeps', 'harm to someone else'],
    ['yes i have got a plan. the top floor of the multi storey, when the money runs out', 'a plan to end their life'],
    ['i do have a plan. all the tablets, saturday', 'a plan to end their life'],
    ['my affairs are in order now. my cat goes to my sister', 'preparing to end their life, or a past attempt'],
    ['I have made the final arrangements. please pass my papers to my daughter', 'preparing to end their life, or a past attempt'],
    ['how do I stop wanting to die every single morning', 'thoughts of suicide'],
    ['is there a leaflet on how to not want to kill myself lol', 'thoughts of suicide'],
    ['sent my goodbyes to everyone, my family think i am going home to my country', 'preparing to end their life, or a past attempt'],
    ['been saying goodbye to people at the mosque, nobody knows the real reason', 'preparing to end their life, or a past attempt'],
    ["gave away all my books, I won't need them any more", 'preparing to end their life, or a past attempt'],
    ['getting rid of my tools, no point holding on to them', 'preparing to end their life, or a past attempt'],
    ["I'm going to jump, I just need the courage", 'a plan to end their life'],
    ['i want to jump off the bridge but i have not got the guts yet', 'a plan to end their life'],
    ['if the supervisor makes another comment about my scarf i am bringing a knife', 'harm to someone else'],
    ['if my landlord says anything else i am going in with a bat', 'harm to someone else'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(SETS, text, 'crisis', reason));

  it.each([
    // The everyday uses of the same words.
    'my baby sleeps better and does not wake at 3am since we moved the cot',
    'i put a pillow under her head so she could rest in the chair',
    'yes i have a plan for the cv, then the library, then a walk by the river',
    'I have made all the arrangements for the interview, please give my file to my brother, he is my appointee',
    'we had a first aid course on how to stop someone wanting to kill themselves, how to help others',
    'said goodbye to my friends at the leaving do, they think i am moving to leeds, which i am',
    "giving away my work clothes, they don't fit since I lost weight, no point keeping them now",
    "gave my old work boots to my cousin, don't need them now I've got a new pair",
    "I will jump at the chance, I just need to find the nerve to ring them",
    "I'm going to jump out of a plane for charity, I need to find the courage",
    'if the foreman says we need tools again i am bringing my hammer for the shelves',
    ...BARE_COACH_ANSWERS.slice(0, half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});

describe('concern said plainly by second-language speakers, carers and people with a long illness', () => {
  it.each([
    ["I'm at my wits' end with my dad's care and the appointments", 'not coping'],
    ['feeling completely at my limit, nothing left', 'not coping'],
    ['they treat me like I am dirt since I lost the job', 'feels worthless'],
    ['I am a disgrace to my family, no work for two years', 'feels worthless'],
    ['honestly really low', 'low mood'],
    ['how am i? to be honest quite sad at the moment', 'low mood'],
    ['cracking the vodka before midday, it is the only way to get through the caring', 'drinking or drugs to cope'],
    ['hitting the wine at lunch, takes the edge off', 'drinking or drugs to cope'],
    ['whoever wrote this letter should be strung up', 'joked about hurting someone'],
    ['the people who made this app should be shot', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => expectReadAs(SETS, text, 'concern', reason));

  it.each([
    'the overdraft is at my limit, can I still get the travel grant?',
    "I'm at my limit for applications this week, 10 done",
    'my dog looks at me like i am a disgrace when i skip his walk',
    'the man at the desk treated me like i was a scrounger, so rude, i will complain',
    'honestly pretty miserable weather for the job fair',
    'gave the baby her bottle at lunch, it helps her settle',
    'opened a bottle of wine at lunch for mums birthday, helps us celebrate',
    'whoever painted this should be hung in a gallery',
    ...BARE_COACH_ANSWERS.slice(half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});
