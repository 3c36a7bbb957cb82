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
    'applied for the cleaning job. the plan for next month is there will not be a next month for me. can you check my cv',
    'The agency rang back about the warehouse. Honestly there will not be a next year for me. Do I still need to do the online test?',
  ])('%j is crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });

  it('keeps the reasons the whole message gave, after the buried one', () => {
    const { level, reasons } = assessRisk('rent is 3 months behind and the letters keep coming. honestly there will not be a next year for me. did the online test anyway');
    expect(level).toBe('crisis');
    expect(reasons[0]).toMatch(/end their life|suicide|wishes to be dead/);
    expect(reasons).toContain('money worries');
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
