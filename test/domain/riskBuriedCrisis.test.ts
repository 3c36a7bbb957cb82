// A crisis said in one sentence of a longer, ordinary update is read on its own, so the ordinary
// words around it do not outweigh it (src/domain/risk/sentences.ts, buriedCrisis in
// src/domain/risk.ts). Examples written for this test, not copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { sentencesOf } from '../../src/domain/risk/sentences.ts';

describe('the sentences of a message', () => {
  it('splits at full stops, question and exclamation marks, new lines and semicolons', () => {
    expect(sentencesOf('Sent the form today. Is that ok? Great news all round! the bus was late\nsee you monday; thanks a lot')).toEqual([
      'Sent the form today.',
      'Is that ok?',
      'Great news all round!',
      'the bus was late',
      'see you monday',
      'thanks a lot',
    ]);
  });

  it('leaves out pieces of fewer than three words', () => {
    expect(sentencesOf('ok. thanks. I will ring the agency tomorrow. see you soon')).toEqual(['I will ring the agency tomorrow.', 'see you soon']);
  });

  it('gives nothing for a message of one sentence, which is read whole anyway', () => {
    expect(sentencesOf('I will ring the agency tomorrow morning')).toEqual([]);
    expect(sentencesOf('ok. I will ring the agency tomorrow morning')).toEqual([]);
  });
});

describe('a crisis buried in an ordinary update', () => {
  it.each([
    'did the food hygiene course on monday and passed it. i wrote my kids a letter each last night. can you send me the address for the warehouse interview?',
    'did the food hygiene course on monday and passed it. i know which bridge i would use. can you send me the address for the warehouse interview?',
  ])('%j is crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });

  it('keeps the reasons the whole message gave, after the buried one', () => {
    const { level, reasons } = assessRisk(
      'did the food hygiene course on monday and passed it. i have not eaten since tuesday and the gas has run out. can you send me the address for the warehouse interview?',
    );
    expect(level).toBe('crisis');
    expect(reasons).toEqual(['no safe place, food or power tonight', 'not eating or sleeping']);
  });
});

describe('long ordinary updates stay ordinary', () => {
  it.each([
    'Had a good week overall. Sent my CV to five places and got one call back. My brother is coming round to help me paint the kitchen. Should I ring the agency on Monday?',
    'did the first aid course on tuesday. we learned cpr and what to do with an overdose. it was really interesting. can i put it on my cv?',
    'The interview was rough. They asked me why I left my last job. I said I was made redundant when the site closed. Do you think that was okay?',
    'My mum has been unwell so I have been looking after her. The nurses come twice a day. I still want to apply for the evening shifts. Is that allowed?',
    'Applied for the security job at the shopping centre. The training covers how to deal with violent people. I start the course next week if I get it.',
    'Finished the first aid course, it was great. We practised on dummies all afternoon. Can I add it to my CV?',
    'the forklift test was hard but i passed. the instructor was dead strict. when can i start applying for warehouse jobs',
  ])('%j is none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});
