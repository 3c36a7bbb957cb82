// Risk said the way people of sixteen to twenty-four out of work and education type it
// (src/domain/risk/youngGameOverSofaFavoursAndOrbitJokesPatterns.ts): the guy whose couch they are on
// asking for favours in return; plasters on the wrists again; back to old habits with the blades; game
// over irl and no respawn; a pill to stop existing; not living past 21 and fine with that; tempted to
// check out permanently; garms given away while the younger ones think they are being sound; letters to
// read once they are gone; "i love him and none of this is his fault", kind of a goodbye; jumped for owing
// a tick; a bottle chucked at their head; "i am a disgrace"; no one texts back; chucked out of the hostel;
// "it is over for me fr"; lads like them never get a chance; and the joked harm, each with its laugh.
// Our own examples, with look-alikes of our own: chores in return for the sofa, plasters for new boots, a
// razor for a beard, game over in ranked, a button to mute the group chat, living to 90, checking out a
// site or a hotel, clothes to the charity shop, a note for after work, a final interview, kicked in at
// five a side, a remote thrown by a little brother, karaoke, a CV no one answers, kicked out of the gym,
// over for me and her, bored of FIFA, punching the air, batter for chicken, a rocket launch, a laptop out
// of the window; and someone else's trouble told by the client.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed, reasonsReadBy } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { HUNDRED_AND_TWENTY_SECOND_WHOLE_SETS } from '../../src/domain/risk/youngGameOverSofaFavoursAndOrbitJokesPatterns.ts';

const ownReasons = (text: string): string[] => reasonsReadBy(HUNDRED_AND_TWENTY_SECOND_WHOLE_SETS, text);

describe('crisis said by people of sixteen to twenty-four', () => {
  it.each([
    ["the guy whose couch im on keeps asking for favours in return for letting me stay, u know what kind", "abuse or violence"],
    ["my mates older brother lets me kip at his but he wants pics in exchange for the room", "abuse or violence"],
    ["used the whole first aid kit on myself again last night. dont ask", "self-harm"],
    ["needed plasters on my wrists again, on purpose this time", "self-harm"],
    ["back to my old habits, the blades came out again last night", "self-harm"],
    ["relapsed with a razor blade, long sleeves for the interview then", "self-harm"],
    ["honestly i just want game over irl, no respawn", "wishes to be dead"],
    ["wish i could log off for good from life tbh", "wishes to be dead"],
    ["wanna rage quit real life and not respawn", "wishes to be dead"],
    ["if they invented a pill to just stop existing id take it tomorrow", "wishes to be dead"],
    ["if there was a button to make me disappear i would smash it", "wishes to be dead"],
    ["cant see myself living past 21 tbh and im fine with that", "wishes to be dead"],
    ["dont picture myself gettin to 30 and i dont care", "wishes to be dead"],
    ["lately i keep thinking about checking out for good", "thoughts of suicide"],
    ["been tempted to just check out permanently ngl", "thoughts of suicide"],
    ["gave my garms and my airpods to the younger ones, they reckon im just being sound", "preparing to end their life, or a past attempt"],
    ["giving away all my games, wont need them after this week", "preparing to end their life, or a past attempt"],
    ["wrote letters for my mum and little brother to read when im gone", "preparing to end their life, or a past attempt"],
    ["recorded a voice note for my mum to hear once im gone", "preparing to end their life, or a past attempt"],
    ["texted my dad that i love him and none of this is his fault. kind of a goodbye", "preparing to end their life, or a past attempt"],
    ["wrote my little sister a letter saying i love her and its not her fault, just in case", "preparing to end their life, or a past attempt"],
    ["got my head kicked in over the money i owe, they said its worse next time", "abuse or violence"],
    ["got jumped for owing a tick, the olders said next time its my legs", "abuse or violence"],
    ["stepdad chucked a bottle at my head last night cos i was late in", "abuse or violence"],
    ["she threw a mug at me again, missed this time", "abuse or violence"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });
});

describe('concern said by people of sixteen to twenty-four', () => {
  it.each([
    ["interview was a mess. im an embarrassment honestly", "feels worthless"],
    ["cant even get a job at maccies. im a disgrace", "feels worthless"],
    ["no one texts back when i message anymore, even the gc is quiet", "feels alone"],
    ["none of my friends reply to my snaps anymore", "feels alone"],
    ["might get chucked out of the hostel for the rent arrears", "may lose their home"],
    ["scared ill get booted out of my semi independent placement", "may lose their home"],
    ["failed my maths resit again. its over for me fr", "hopelessness"],
    ["no job no qualifications, its proper over for me", "hopelessness"],
    ["lads like me never get a chance round here", "hopelessness"],
    ["people from my estate like me dont get opportunities", "hopelessness"],
    ["swear im going to headbutt my brother if he touches my ps5 again lol", "joked about hurting someone"],
    ["gonna suplex the next person who asks me about my five year plan haha", "joked about hurting someone"],
    ["if my flatmate eats my food again hes getting yeeted into the sun lol", "joked about hurting someone"],
    ["im gonna drop kick my cousin into next week if he spoils it lol", "joked about hurting someone"],
    ["about to lob my controller at the wall if this recruiter rings again haha", "joked about hurting someone"],
    ["swear ill chuck my phone at the floor if one more company ghosts me lol", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });
});

describe('look-alikes of our own', () => {
  it.each([
    ["my uncle wants me to help with the bills in return for the sofa, fair enough tbh", "abuse or violence"],
    ["landlord wants something in return for giving the deposit back, like a cleaning fee", "abuse or violence"],
    ["used the first aid kit on myself again after the knife slipped at work lol", "self-harm"],
    ["had to use plasters on myself again, new work boots rubbing", "self-harm"],
    ["back on my old habits of using a razor instead of the beard trimmer lol", "self-harm"],
    ["i want game over screens to stop happening to me in ranked lol", "wishes to be dead"],
    ["want the game to end for me early so i can go to the interview, its a 3 hour match", "wishes to be dead"],
    ["if there was a button to make the recruiters disappear id press it lol", "wishes to be dead"],
    ["wish there was a button to mute the group chat, id press it every day", "wishes to be dead"],
    ["dont see myself making it to 25 in this job and im ok with that, want to retrain", "wishes to be dead"],
    ["cant see myself reaching level 30 this season, fine with that", "wishes to be dead"],
    ["dont see myself living to 90 and im ok with that, nobody wants to be that old", "wishes to be dead"],
    ["thinking about checking out the new apprenticeship site", "thoughts of suicide"],
    ["gave my old clothes to the charity shop, mum thinks im just being generous", "preparing to end their life, or a past attempt"],
    ["giving away my ps4 cos i upgraded, wont need it anymore", "preparing to end their life, or a past attempt"],
    ["left a note for my flatmate to find after work about the bins", "preparing to end their life, or a past attempt"],
    ["hid a birthday card for my girlfriend to find after her shift", "preparing to end their life, or a past attempt"],
    ["sent my mum a long message saying i love her, final interview tomorrow wish me luck", "preparing to end their life, or a past attempt"],
    ["wrote my nan a goodbye card before i moved to manchester, told her i love her", "preparing to end their life, or a past attempt"],
    ["got my head kicked in at five a side but we won", "abuse or violence"],
    ["got my face smashed in by the interview questions lol, they said next time will be easier", "abuse or violence"],
    ["my little brother threw the tv remote at my head lol", "abuse or violence"],
    ["someone threw a ball at my head at 5 a side", "abuse or violence"],
    ["im embarrassing myself at this karaoke lol", "feels worthless"],
    ["my mum says im embarrassing when i dance", "feels worthless"],
    ["im cringe at interviews lol", "feels worthless"],
    ["no one replies when i send my cv, is indeed even worth it", "feels alone"],
    ["might get kicked out of the gym for not paying lol", "may lose their home"],
    ["its over for me and her, she blocked me lol", "hopelessness"],
    ["fantasy football is over for me this season", "hopelessness"],
    ["they say people like me never get chances but im proving them wrong", "hopelessness"],
    ["people like me never get bored of fifa", "hopelessness"],
    ["gonna punch the air when i get this job lol", "joked about hurting someone"],
    ["ill batter the chicken and fry it, recipe from tiktok lol", "joked about hurting someone"],
    ["my brother got me into space documentaries, we watched the rocket launch lol", "joked about hurting someone"],
    ["i am getting sent to another county for the job if i take it", "joked about hurting someone"],
    ["gonna throw my laptop out the window if i get one more rejection lol", "joked about hurting someone"],
    ["about to throw my phone at the wall, it keeps freezing", "joked about hurting someone"],
  ])('%j is not read as %j', (text, reason) => {
    expect(ownReasons(text)).toEqual([]);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });

  // Someone else's trouble, and a few the classifier reads on its own: these sets stay shut on them.
  it.each([
    ["my cousin is sofa surfing and the guy she stays with wants stuff in return for the couch", "abuse or violence"],
    ["got the razor scooter out again, back to my old habits of skating to the jobcentre", "self-harm"],
    ["my sister relapsed, shes back on the blades, how do i help her", "self-harm"],
    ["wish i could log off for good from linkedin honestly", "wishes to be dead"],
    ["ready to check out early from the hotel, the room was grim", "thoughts of suicide"],
    ["my mate keeps thinking about checking out for good, what do i say to him", "thoughts of suicide"],
    ["gave my trainers to my little bro, they dont fit me anymore and he thinks im being nice", "preparing to end their life, or a past attempt"],
    ["my cousin got jumped for owing money, can he get help", "abuse or violence"],
    ["nobody replies to my messages on vinted, cant sell anything", "feels alone"],
    ["my brother might get kicked out of the hostel, where can he go", "may lose their home"],
    ["he is going to strangle me if i miss another shift lol", "joked about hurting someone"],
  ])('%j opens none of these sets (not %j)', (text) => {
    expect(ownReasons(text)).toEqual([]);
  });
});
