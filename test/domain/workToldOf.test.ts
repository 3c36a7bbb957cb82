// Listening round two: work told of with no yes at "Have you had a paid job in the last two years?",
// and pay or a favour said in other words. What must never be read as paid work is checked too.
import { describe, expect, it } from 'vitest';
import { paidWorkToldOf } from '../../src/domain/workToldOf.ts';
import { paidOrNotSaid } from '../../src/domain/workPaidSaid.ts';
import { parseLikertAnswer } from '../../src/domain/locusOfControl.ts';

describe('work told of, with no yes', () => {
  it.each(['i did a few weeks at christmas in argos', 'worked in a chippy for 2 year', 'cleaning for my aunties business on weekends', 'i work at tesco nights', 'self employed window cleaner'])(
    '%j is paid work',
    (said) => expect(paidWorkToldOf(said)).toBe('yes'),
  );

  // Listening round three.
  it.each([
    'i drive for uber', 'had a job in a call centre but i left in june', 'im off sick from my job at the moment', 'I have been on maternity leave from my job at the bank',
    'still at amazon warehouse, just want more hours', 'on a zero hours contract with an agency, they dont give me many shifts', 'i was doing an apprenticeship with a plumber',
  ])('%j is paid work too', (said) => expect(paidWorkToldOf(said)).toBe('yes'));

  // Listening round four: no verb, the work still named.
  it.each(['on zero hours at mcdonalds', 'part time at asda'])('%j is paid work as well', (said) => expect(paidWorkToldOf(said)).toBe('yes'));

  it.each(['still at home with the kids', 'i cook for my kids', 'i clean at home', 'worked in a shop, never got paid', 'still at college', 'i serve at the food bank', 'still at the jobcentre lol'])('%j is still not read as paid work', (said) => {
    expect(paidWorkToldOf(said)).toBeNull();
  });

  it('work two years ago or more is a no', () => expect(paidWorkToldOf('worked at asda but that was 5 years ago')).toBe('no'));

  it.each([
    'i want to work in a shop', 'doing ironing for neighbours', 'i do some gardening for my neighbour', 'my mum works at asda',
    'i was a carer for my nan', 'i did a course at college', 'worked at tesco till 2019', 'does cleaning count?', 'volunteering at the food bank',
  ])('%j is not read as paid work', (said) => expect(paidWorkToldOf(said)).toBeNull());
});

describe('paid, or a favour, in other words', () => {
  it.each([
    ['he gave me a few quid', 'yes'], ['got 20 quid a day', 'yes'], ['not really, it was for family', 'no'], ['just helping out my uncle', 'no'],
    ['he never gave me any money', null], ['i want to get paid', null], ['gave me a lift home', null],
  ] as const)('%j is %s', (said, read) => expect(paidOrNotSaid(said)).toBe(read));
});

describe('part answers at a sentence', () => {
  it.each(['partly', 'partly yeah', 'halfway', 'in a way', 'to some extent', 'Somewhat.'])('%j is in between', (said) => expect(parseLikertAnswer(said)).toBe(3));
  it.each([['somewhat agree', 4], ['somewhat disagree', 2], ['a little bit', 4]] as const)('%j stays %s', (said, value) => expect(parseLikertAnswer(said)).toBe(value));
});
