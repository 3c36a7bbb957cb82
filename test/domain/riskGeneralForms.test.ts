// Crisis kinds a blind split found missed, in general forms (src/domain/risk/generalCrisisPatterns.ts
// and the dialect words in normalise.ts), each beside everyday look-alikes that must stay none.
// Written for this test, not copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('general forms of crisis', () => {
  it.each([
    ['my football coach abused me when i was a kid', 'abuse or violence'],
    ['he sexually abused me for years', 'abuse or violence'],
    ['the priest molested me and nobody believed me', 'abuse or violence'],
    ['husband split my lip again, cant face the interview', 'abuse or violence'],
    ['mi man lick mi up again', 'abuse or violence'],
    ['wish a lorry would run me over', 'wishes to be dead'],
    ['keep hoping i get knocked down by a car on the way there', 'wishes to be dead'],
    ['is a whole bottle of my tablets enough to kill me', 'looking into a way to end their life'],
    ['ill go to the railway line and be done with it', 'has a plan to end their life'],
    ['me heid is full of thoughts aboot toppin masel', 'thoughts of suicide'],
    ['this is goodbye. thanks for trying', 'preparing to end their life, or a past attempt'],
    ['said goodbye to my kids last night, its time', 'putting their affairs in order'],
    ['ive said my goodbyes', 'preparing to end their life, or a past attempt'],
    ['he hits me with a belt', 'abuse or violence'],
    ['she burns me with cigarettes', 'abuse or violence'],
  ])('%j is crisis (%s)', (text, reason) => expectAssessed(text, 'crisis', reason));

  it.each([
    'i hope i get the bus on time',
    'got hit by a bus of applications this week haha',
    'mi man lick di dinner plate clean',
    'topping up my phone credit',
    'the coach was abusive to the referee in the match lol',
    'is one box of leaflets enough for the job fair',
    'this is goodbye to my old job, starting the new one monday',
    // Goodbyes at a leaving do, an airport or to an old job: what a client starting work says.
    'said my goodbyes at leaving drinks, starting the new job monday',
    'said goodbye to my mum at the airport',
    'at the airport i said goodbye to my mum',
    'said goodbye to the old job',
    // "Hits me with questions" and a cd burned are no blows (found by the 50th's helper).
    'she hits me with questions every interview',
    'my mum burns me a cd every christmas',
    // Two more, "so its the bench tonight, coach is fuming" and "wish i had not woken up so early,
    // the baby slept till 8", are lifted by the second opinion: listed in riskSecondOpinion.test.ts.
  ])('%j stays none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});

// Risk said the plain, spoken way (src/domain/risk/plainSpeechPatterns.ts, and the spellings in
// normalise.ts): a method named by its means, affairs settled quietly, a partner who made the client
// give up work, children going hungry, a threat to throw someone through a window. Written for this
// test, not copied from any split.
describe('plain forms of crisis', () => {
  it.each([
    ['how far in would i need to slice to reach a vein', 'thinking about a way to end their life'],
    ['if i cut down my arm does it hit the artery quicker', 'thinking about a way to end their life'],
    ['how long does it take to bleed out from the wrist', 'thinking about a way to end their life'],
    ['what if i took my whole prescription in one go with vodka', 'thinking about a way to end their life'],
    ['gonna neck all me methadone at once tonight', 'thinking about a way to end their life'],
    ['does a disposable bbq in a sealed bedroom actually work', 'thinking about a way to end their life'],
    ['ran a hose from the exhaust into the car window last night but bottled it', 'thinking about a way to end their life'],
    ['how long does carbon monoxide take to work', 'thinking about a way to end their life'],
    ['got the van, got some tubing, just waiting for a quiet night', 'a plan to end their life'],
    ['cleared all my debts so the kids wont be lumbered with anything', 'preparing to end their life, or a past attempt'],
    ['paid everything off so my mum is not left with it', 'preparing to end their life, or a past attempt'],
    ['phoned my mum and my brother to hear their voices one last time', 'preparing to end their life, or a past attempt'],
    ['my boyfriend made me quit my job at the pub cos of the lads there', 'coercive control'],
    ['she forced me to give up college so i stay home', 'coercive control'],
    ['baby is crying with hunger and i have nothing', 'no food'],
    ['the kids went to bed hungry again, nothing in the cupboards', 'no food'],
    ['havent eatin for 4 days and ive got 30p to my name', 'no food'],
    ['im gonna throw that bloke through the window i swear', 'harm to someone else'],
    ['some mornings i wish id just not woken up', 'wishes to be dead'],
    ['i hope i dont wake up tomorrow', 'wishes to be dead'],
    ['hoping i dont wake up, honestly', 'wishes to be dead'],
    ['i want to die on this hill near my house', 'thoughts of suicide'],
    ['im going to die on that hill tonight', 'a plan to end their life'],
    ['things easier for my family if i not exist', 'wishes to be dead'],
    ['gonna jump off the multistorey later', 'thoughts of suicide'],
  ])('%j is crisis (%s)', (text, reason) => expectAssessed(text, 'crisis', reason));

  it.each([
    ['im gonna put my manager through the wall lol', 'joked about hurting someone'],
    ['what is wrong with me, cant even get an interview', 'feels worthless'],
    ['im 35 and useless', 'feels worthless'],
    ['dead miserable these days', 'low mood'],
    ['sad', 'low mood'],
    ['feels like a black cloud following me around', 'low mood'],
    ['lonely af tbh', 'feels alone'],
    ['the only person i talk to is my cat', 'feels alone'],
    ['the money just doesnt stretch, rent then food then nothing', 'money worries'],
    ['cant make ends meet on universal credit', 'money worries'],
    ['im fine really. im not okay though', 'not coping'],
    ["i'll wring his neck when i see him", 'angry words about hurting someone'],
  ])('%j is concern (%s)', (text, reason) => expectAssessed(text, 'concern', reason));

  it.each([
    'the weather is dead miserable today lol',
    'dead sad that the cafe closed, loved their bacon rolls',
    'what is wrong with my cv, can you check it',
    'i am not okay with working sundays',
    'she is doing a suicide prevention course for her nursing',
    'is the self harm awareness training mandatory for care work',
    'did the domestic abuse module on my safeguarding level 2',
    'that advert is an overdose of jargon',
    'my laptop is on its last legs, the wifi keeps cutting out',
    'my kids are driving me round the bend',
    'washing the car with the hose before the interview',
    'got the car washed and a new hose for the garden',
    'got the car back from the mot, hose on the radiator was leaking',
    'having a bbq in the garden saturday',
    'paid off my overdraft so im not stuck with charges anymore',
    'sorted the rota so nobody gets stuck with two weekends in a row',
    'my dad made me leave work early to pick up my sister',
    'learning about veins and arteries on the phlebotomy course',
    'the budget does not add up in this spreadsheet task help',
    'i volunteer at the food bank on fridays',
    'picked up my methadone script then went to the interview',
    'the kids are hungry, what should i make for tea',
    'checked my cv one last time before sending',
    'i wish i had woken up earlier, missed the bus',
    'is it fine if i not here on monday, doctor appointment',
    'the flyover was closed so i was late',
  ])('%j stays none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});

// Risk said indirectly (src/domain/risk/indirectSpeechPatterns.ts, and the Scots and Geordie words
// in normalise.ts): a wish to be dead said by understatement, method thoughts with "it" left bare,
// finality with the job search waved away, an attempt interrupted, abuse told by its marks, a bench
// for tonight's bed; and quiet low mood. Each kind beside everyday look-alikes that must stay as
// they were. Written for this test, not copied from any split.
describe('indirect forms of crisis', () => {
  it.each([
    ['honestly wouldnt be bothered if i got run over by a lorry tomorrow', 'wishes to be dead'],
    ["i'd be lying if i said i'd care if the bus hit me", 'wishes to be dead'],
    ['if a bus came at me i honestly wouldnt get out of the way', 'wishes to be dead'],
    ['wouldnt mind if something happened to me on the way home tbh', 'wishes to be dead'],
    ['the urges to destroy myself are back', 'thoughts of suicide'],
    ["wondering how i'd do it most days", 'thinking about a way to end their life'],
    ['this is my last week so dont bother with the applications', 'intends to end their life'],
    ['nobody would find me for weeks up there', 'a plan to end their life'],
    ['you wont hear from me again after tonight, thanks for everything', 'a plan to end their life'],
    ['need to write my will asap, dont ask why', 'preparing to end their life, or a past attempt'],
    ['said bye to every one of them last night', 'preparing to end their life, or a past attempt'],
    ['got as far as the ledge last night and froze', 'preparing to end their life, or a past attempt'],
    ['stood on the edge of the bridge for an hour last night', 'preparing to end their life, or a past attempt'],
    ['i tried at christmas but my sister found me', 'preparing to end their life, or a past attempt'],
    ['gave my xbox to my little brother and left notes for my mum and dad', 'preparing to end their life, or a past attempt'],
    ['my boyfriend calls me a fat ugly slag in front of his mates', 'abuse or violence'],
    ['my husband keeps telling me im a useless fat lump every day', 'abuse or violence'],
    ['my fella keeps telling me nobody will ever want me', 'abuse or violence'],
    ['my manager kept touching me in the stockroom', 'abuse or violence'],
    ["he said i'd regret it if i told anyone", 'abuse or violence'],
    ['ive got a bruise on my face. it was my boyfriend. what do i tell the interviewer', 'abuse or violence'],
    ['she takes my entire universal credit payment and keeps it', 'coercive control'],
    ['my husband only gives me a fiver a day for everything', 'coercive control'],
    ['all my wages go straight into his account', 'coercive control'],
    ['the recruiter mugged me off on the phone. im gonna be waiting for him outside their office', 'harm to someone else'],
    ['that manager fired me for nothing and i know where he lives now', 'harm to someone else'],
    ['looks like a doorway tonight again', 'no safe place to sleep tonight'],
    ['kipping in a doorway again tonight', 'no safe place to sleep tonight'],
    ['aye the interview went fine. maist nights a wish a wisnae alive', 'thoughts of suicide'],
  ])('%j is crisis (%s)', (text, reason) => expectAssessed(text, 'crisis', reason));

  it.each([
    ['sobbed into my pillow again last night', 'low mood'],
    ['just feeling dead flat lately', 'low mood'],
    ['bad week, bad month, bad year', 'low mood'],
    ['klarna and clearpay have me drowning', 'money worries'],
    ['not spoken to anyone in weeks apart from the cashier', 'feels alone'],
    ['divvent nah what use i am, am nowt but a burden', 'feels worthless'],
  ])('%j is at least concern (%s)', (text, reason) => {
    const assessment = assessRisk(text);
    expect(assessment.level).not.toBe('none');
    expect(assessment.reasons).toContain(reason);
  });

  it.each([
    'nearly got hit by a car on the way to the interview, scary',
    'i would not mind getting the bus if it is cheaper',
    'i dont mind if the train is late',
    'the bus driver would not move out of the way for the ambulance',
    'this is my last week at the warehouse so dont worry about my shifts',
    'its my last week of the course so no need to chase me for the timesheet',
    'how do i make a will for my mum quickly, shes in hospital',
    'need to write a will before my operation next week',
    'said bye to all my friends at my leaving do, going to miss them',
    'got as far as the edge of town before the bus broke down',
    'stood on the edge of the stage for the photo at graduation',
    'my boyfriend calls me a genius when i fix the wifi',
    'my husband called me from work to say the car is fixed',
    'my manager said i would get a bonus if i told her about referrals',
    'my dad takes my whole wage for board but its fair',
    'my mum gives me a tenner a week pocket money',
    'cried at the end of the film, so good',
    'my baby cried in the bath',
    'feeling flat out busy this week',
    'paid off my klarna, no longer stuck',
    'bad day at work but not a bad week overall',
    'gave my old laptop to my nephew and wrote a cover letter',
    'bruised my knee at football, my boyfriend did the ice pack',
    'tried to finish the form last week but my mum came home',
    'my nan is writing her will this week',
    'you wont hear from me next week, i start the new job',
    'meeting at 10 am so i can get the bus',
    'hope i do not wake up late for the interview',
    'set 3 alarms, hope i dont wake up late lol',
    'really hope i dont wake up late on my first day',
    'hoping i dont wake up too early, its my day off',
    "I'm going to die on this hill: cover letters should be one page",
    'ill die on that hill, no ties at interviews',
  ])('%j stays none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});

// The rules' "he hits me" and "hoping to be hit by a bus" (riskPatterns.ts, generalCrisisPatterns.ts)
// said of a game, a message, a room or a wish not to be hit. (The model alone still reads some of
// these as risk: "beats me" is abuse in most of its training.)
describe('"beats me", "hits me" and "hit by a bus" in everyday senses, to the rules', () => {
  it.each([
    'my brother beats me at fifa every time',
    'my dad always beats me at darts',
    'my mum hits me up every morning asking about jobs',
    'my dad kicks me out of the kitchen when he cooks',
    'i hope i dont get hit by a bus on the way to the interview lol',
  ])('%j is not abuse or a wish to be dead to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });

  it.each([
    ['my dad beats me up when he is drunk', 'abuse or violence'],
    ['he hits me at home when nobody is in', 'abuse or violence'],
    ['she hits me with a belt', 'abuse or violence'],
    ['my brother beats me', 'abuse or violence'],
    ['i hope i get hit by a bus', 'wishes to be dead'],
  ])('%j is still %s', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
  });
});
