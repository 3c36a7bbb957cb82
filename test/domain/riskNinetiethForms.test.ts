// A ninth plain mix (src/domain/risk/plainMixBareIntentAndSeriousThreatsPatterns.ts): "I'm done, I'm
// going to do it" with nothing named, the last message you'll get from me, "and I don't mean the
// applications", self-harm as the one thing that gets me through, a threat to floor someone then "dead
// serious", a face in a mess after he was angry; a drink for the nerves, a laptop out of the window with
// the recruiter after it. Our own examples, with look-alikes of our own: done with the CV and doing it
// tonight, the last message before a holiday or a new number, "I mean the application", cutting back on
// sugar, boxing and the shop floor rota, a face a mess from hay fever or a fall, a pint before the best
// man's speech, a laptop out of the window with the charger.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said plainly in a ninth mix', () => {
  it.each([
    ["I've had enough. I'm going to go through with it tonight.", "intends to end their life"],
    ["That's it now, I'm done, I'll do it.", "intends to end their life"],
    ["This will be the last text you ever get from me.", "intends to end their life"],
    ["You won't get another message from me again.", "intends to end their life"],
    ["Thought about how I'd end it all, and no I don't mean the job search.", "intends to end their life"],
    ["Going to go through with it this weekend. I'm not on about my CV.", "intends to end their life"],
    ["Honestly what keeps me going after every knockback is hurting myself.", "self-harm"],
    ["Burning myself is the only thing that gets me through the evenings.", "self-harm"],
    ["If that foreman sacks me I'll put him through the window, I mean it.", "harm to someone else"],
    ["Next time I see the assessor I'm going to knock her out, not joking.", "harm to someone else"],
    ["Can't come in, my eye is black and swollen. He got drunk again on Friday.", "abuse or violence"],
    ["Sorry camera off, my lip is split. My boyfriend lost his temper over the rent.", "abuse or violence"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "I'm done with the CV, I'm going to do it properly tomorrow.",
    "I'm done for the day. The cover letter, I'll do it tonight.",
    "This is the last message you'll get from me before my holiday.",
    "This is the last text you'll get from me on this number, switching tomorrow.",
    "Going to do it tonight. I mean the application, I'm not talking about the course.",
    "The only thing that gets me through the week is cutting back on sugar.",
    "Cutting hedges is the only thing that keeps me going in summer, love the garden job.",
    "Going to put him on the floor rota for Saturday, I mean it, he's been skiving.",
    "At boxing I'm going to knock him out in the sparring, dead serious.",
    "My face is a mess from hay fever and he was angry the shop had no tablets left.",
    "My face is a mess, I fell off the bike and my dad was mad I wrecked it.",
    "No more, I'll do it later.",
    "I'll do him a favour and cover his shift, I mean it.",
    "I'm going to floor them with my CV, dead serious.",
    "My eye is swollen and my husband was off sick so he drove me to the optician.",
    "I mean when I go to the shop, I'm not talking about the interview, will do it after.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said plainly in a ninth mix', () => {
  it.each([
    ["Had a few cans before the interview, needed them to calm my nerves.", "drinking or drugs to cope"],
    ["Took a hip flask to the assessment, needed some dutch courage.", "drinking or drugs to cope"],
    ["Going to launch this laptop out the window and the recruiter straight after.", "joked about hurting someone"],
    ["Ready to chuck it and my boss out the window, this portal is rubbish.", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["Had a pint before the best man's speech for dutch courage, went great.", "drinking or drugs to cope"],
    ["A camomile tea helps my nerves before interviews.", "drinking or drugs to cope"],
    ["Had a glass of wine to celebrate, my nerves were gone after the offer.", "drinking or drugs to cope"],
    ["Nearly threw my laptop out the window and the charger with it, the site crashed again.", "joked about hurting someone"],
    ["My flatmate threw his phone out the window and the case with it, mad.", "joked about hurting someone"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
