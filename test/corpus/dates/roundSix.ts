// ROUND SIX (2026-12-07): answers typed to "When will you do it?", written by us in many voices: a
// phone in a hurry, typos, voice-to-text, English as a second language, a feeling or hedge with the
// day ("by friday i hope, bit nervous"), vague and partial answers, UK day-first formats, and days
// more than six months off. Each row is the day the client means, decided from the house rules in
// the README ("Dates clients type") before any row was scored; "asap" is tomorrow and "every monday"
// the first Monday, as the day question reads them (goalDateReading.ts). None is copied from another part.
// Split BEFORE scoring, by place: rows 0, 2, 4, ... of each voice are the tuning half, rows 1, 3, 5, ...
// the held-out half (never read for mends; its misses are not printed by the report).
import { at, type DateCase } from './moments.ts';

const VOICES: DateCase[][] = [
  // A phone, in a hurry.
  at('MON', [
    ['tmoz', '2026-11-24'], ['2mrw pls', '2026-11-24'], ['by fri pls', '2026-11-27'], ['tmrw mornin', '2026-11-24'], ['fri aft', '2026-11-27'],
    ['sat mornin', '2026-11-28'], ['thurs eve', '2026-11-26'], ['2moro @ 10', '2026-11-24 10:00'], ['wed 4pm', '2026-11-25 16:00'], ['wk 2day', '2026-11-30'],
    ['fri x', '2026-11-27'], ['thurs ok?', '2026-11-26'], ['fri deffo', '2026-11-27'], ['wed prob', '2026-11-25'], ['thurs aftnoon', '2026-11-26'],
    ['tmrz', '2026-11-24'], ['nxt thu', '2026-12-03'], ['fri wk', '2026-12-04'], ['b4 wkend', '2026-11-27'], ['thu 3rd', '2026-12-03'],
    ['sat 5th', '2026-12-05'], ['mon 7th', '2026-12-07'], ['wed 9th dec', '2026-12-09'], ['2day if i can', '2026-11-23'], ['l8r 2day', '2026-11-23'],
    ['fri 11th', '2026-12-11'], ['tues nxt wk', '2026-12-01'],
  ]),
  // Typos.
  at('MON', [
    ['tomorroe', '2026-11-24'], ['tomoorow', '2026-11-24'], ['nexr week', '2026-12-04'], ['nect friday', '2026-12-04'], ['decmber 3rd', '2026-12-03'],
    ['3rd decemeber', '2026-12-03'], ['fortnite', '2026-12-07'], ['nxet monday', '2026-11-30'], ['thursady', '2026-11-26'], ['by fridsy', '2026-11-27'],
    ['wednessday', '2026-11-25'], ['satruday', '2026-11-28'], ['wendesday', '2026-11-25'], ['thursdsy', '2026-11-26'], ['frieday', '2026-11-27'],
    ['monady', '2026-11-30'], ['tomorro', '2026-11-24'], ['nxt wednsday', '2026-12-02'], ['end of the weeek', '2026-11-27'], ['decemebr 10th', '2026-12-10'],
    ['in a fortnigt', '2026-12-07'], ['by firday latest', '2026-11-27'], ['thursay', '2026-11-26'],
  ]),
  // Voice to text.
  at('MON', [
    ['Friday.', '2026-11-27'], ['By Friday.', '2026-11-27'], ['Tomorrow morning.', '2026-11-24'], ['Next Tuesday please.', '2026-12-01'], ['The 4th of December.', '2026-12-04'],
    ['Um Thursday I think.', '2026-11-26'], ['err probably Wednesday', '2026-11-25'], ['On the 10th.', '2026-12-10'], ['Monday the 30th.', '2026-11-30'], ['Wednesday the 2nd of December', '2026-12-02'],
    ['In two weeks time.', '2026-12-07'], ['A week today.', '2026-11-30'], ['the coming monday', '2026-11-30'], ['Thursday coming', '2026-11-26'], ['in too days', '2026-11-25'],
    ['in to weeks', '2026-12-07'], ['Tomorrow at ten.', '2026-11-24 10:00'], ['By the end of the week.', '2026-11-27'], ['The first of December.', '2026-12-01'], ['I will do it on Wednesday', '2026-11-25'],
    ['Saturday morning I think', '2026-11-28'], ['friday full stop', '2026-11-27'], ['The twelfth.', '2026-12-12'], ['By the end of the month please', '2026-11-30'], ['Friday please.', '2026-11-27'],
    ['On Thursday.', '2026-11-26'], ['I think Wednesday.', '2026-11-25'], ['By next Friday.', '2026-12-04'], ['Tuesday the 1st.', '2026-12-01'], ['The 3rd of December please', '2026-12-03'],
    ['Um tomorrow afternoon', '2026-11-24'], ['Next week some time.', '2026-12-04'], ['In a weeks time.', '2026-11-30'], ['Wednesday coming', '2026-11-25'], ['on Monday coming', '2026-11-30'],
    ['By Thursday the 26th', '2026-11-26'],
  ]),
  // English as a second language.
  at('MON', [
    ['in friday', '2026-11-27'], ['at friday', '2026-11-27'], ['on the friday', '2026-11-27'], ['friday this week', '2026-11-27'], ['this week friday', '2026-11-27'],
    ['after 3 days', '2026-11-26'], ['after 10 days', '2026-12-03'], ['tomorrow morning time', '2026-11-24'], ['within 2 days', '2026-11-25'], ['before end of month', '2026-11-30'],
    ['until friday', '2026-11-27'], ['december 5th', '2026-12-05'], ['monday next week', '2026-11-30'], ['friday next week', '2026-12-04'], ['next week on wednesday', '2026-12-02'],
    ['i can do in tuesday', '2026-11-24'], ['tomorrow i will do', '2026-11-24'], ['maybe in next week', '2026-12-04'], ['in thursday', '2026-11-26'], ['at tuesday', '2026-11-24'],
    ['on the monday', '2026-11-30'], ['thursday this week', '2026-11-26'], ['this week thursday', '2026-11-26'], ['coming wednesday', '2026-11-25'], ['after 4 days', '2026-11-27'],
    ['after 5 days', '2026-11-28'], ['till thursday', '2026-11-26'], ['until the friday', '2026-11-27'], ['on 3 december', '2026-12-03'], ['3 of december', '2026-12-03'],
    ['tuesday next week', '2026-12-01'], ['next week on friday', '2026-12-04'], ['within one week', '2026-11-30'], ['before end of this week', '2026-11-27'], ['i do it tomorrow', '2026-11-24'],
  ]),
  // A feeling or a hedge with the day.
  at('MON', [
    ['by friday i hope, bit nervous', '2026-11-27'], ['tuesday if my anxiety lets me', '2026-11-24'], ['prob thurs, im a bit scared tbh', '2026-11-26'], ['id say monday but im worried', '2026-11-30'], ['tomorrow, wish me luck', '2026-11-24'],
    ['next week, feeling nervous about it', '2026-12-04'], ["i'll try for wednesday", '2026-11-25'], ['wednesday, fingers crossed', '2026-11-25'], ['thursday I guess', '2026-11-26'], ['maybe friday?', '2026-11-27'],
    ['friday?', '2026-11-27'], ['is friday ok', '2026-11-27'], ['can i say monday', '2026-11-30'], ["friday but don't hold me to it", '2026-11-27'], ['tomorrow but im really nervous', '2026-11-24'],
    ['thursday, scared but ill do it', '2026-11-26'], ['monday, if i feel up to it', '2026-11-30'], ['wed im dreading it lol', '2026-11-25'], ['friday i suppose', '2026-11-27'], ['tmrw, bit anxious', '2026-11-24'],
    ['next tuesday if thats alright', '2026-12-01'], ['friday hopefuly', '2026-11-27'], ['thursday i hope so', '2026-11-26'], ['friday if i dont bottle it', '2026-11-27'], ['tomorrow im nervous tho', '2026-11-24'],
    ['monday hopefully, bit worried', '2026-11-30'], ['hopefully tuesday', '2026-11-24'], ['i will try by thursday', '2026-11-26'], ['wednesday i reckon', '2026-11-25'], ['friday probably', '2026-11-27'],
    ['i think friday x', '2026-11-27'], ['by the end of the week hopefully', '2026-11-27'], ['next week i hope', '2026-12-04'],
  ]),
  // Vague and partial: no day, or a day inside other words.
  at('MON', [
    ['idk m8', null], ['when my money comes in', null], ['maybe', null], ['some time next week', '2026-12-04'], ['sometime this week', '2026-11-27'],
    ['not sure maybe thursday', '2026-11-26'], ['each week', '2026-11-30'], ['every fortnight', '2026-12-07'], ['daily', '2026-11-24'], ['dont know yet', null],
    ['when i get chance', null], ['after my next payday', null], ['sometime soon', null], ['some day next week', '2026-12-04'], ['some time this week', '2026-11-27'],
    ['not sure, thursday maybe', '2026-11-26'], ['before thursday', '2026-11-26'], ['as soon as i can', '2026-11-24'], ['right away', '2026-11-24'], ['every tuesday', '2026-11-24'],
    ['every week', '2026-11-30'], ['weekly', '2026-11-30'], ['not today', null],
  ]),
  // UK formats and named days of the year.
  at('MON', [
    ['23/12', '2026-12-23'], ['23/12/2026', '2026-12-23'], ['23.12.26', '2026-12-23'], ['23-12-2026', '2026-12-23'], ['1st Dec', '2026-12-01'],
    ['the 7th', '2026-12-07'], ['7th', '2026-12-07'], ['Dec 7', '2026-12-07'], ['7 Dec 2026', '2026-12-07'], ['07/12', '2026-12-07'],
    ['14/12/26', '2026-12-14'], ['4/1', '2027-01-04'], ['04/01/2027', '2027-01-04'], ['28th feb', '2027-02-28'], ['1/3/27', '2027-03-01'],
    ['before xmas', '2026-12-25'], ['new years day', '2027-01-01'], ['new years eve', '2026-12-31'], ['end of the year', '2026-12-31'], ['in 3 months', '2027-02-23'],
    ['by march', '2027-03-31'], ['start of march', '2027-03-01'], ['the 1st', '2026-12-01'], ['the 30th', '2026-11-30'], ['1/12', '2026-12-01'],
    ['01/12/26', '2026-12-01'], ['15.12', '2026-12-15'], ['10th december', '2026-12-10'], ['half 10 tomorrow', '2026-11-24 10:30'], ['friday morning', '2026-11-27'],
    ['thursday week', '2026-12-03'], ['24/12', '2026-12-24'], ['24/12/2026', '2026-12-24'], ['18.12.26', '2026-12-18'], ['18-12-2026', '2026-12-18'],
    ['w/c 14th dec', '2026-12-14'], ['the 8th', '2026-12-08'], ['8th', '2026-12-08'], ['Dec 8', '2026-12-08'], ['11 Dec 2026', '2026-12-11'],
    ['08/12', '2026-12-08'], ['11/1', '2027-01-11'], ['11/01/2027', '2027-01-11'], ['christmas day', '2026-12-25'], ['by christmas eve', '2026-12-24'],
    ['in 5 weeks', '2026-12-28'], ['in 2 months', '2027-01-23'], ['by february', '2027-02-28'], ['the 2nd', '2026-12-02'], ['2/12/26', '2026-12-02'],
    ['tomorrow at 11', '2026-11-24 11:00'], ['wednesday afternoon', '2026-11-25'],
  ]),
  // Days more than six months off (the coach checks them once).
  at('MON', [
    ['1/6', '2027-06-01'], ['june', '2027-06-30'], ['by next september', '2027-09-30'], ['1/11', '2027-11-01'], ['in 8 months', '2027-07-23'],
    ['august', '2027-08-31'], ['20th july', '2027-07-20'], ['in a year', '2027-11-23'], ['the 1st of june', '2027-06-01'], ['by july', '2027-07-31'],
    ['in 6 months', '2027-05-23'], ['by june next year', '2027-06-30'], ['1/7', '2027-07-01'], ['july', '2027-07-31'], ['next june', '2027-06-30'],
    ['1/10', '2027-10-01'], ['in 9 months', '2027-08-23'], ['september', '2027-09-30'], ['10th august', '2027-08-10'], ['this time next year', '2027-11-23'],
  ]),
  // Said on a Friday evening.
  at('FRI', [
    ['2/12', '2026-12-02'], ['asap', '2026-11-28'], ['every wednesday', '2026-12-02'], ['mon 10am', '2026-11-30 10:00'], ['2moro', '2026-11-28'],
    ['mon morning', '2026-11-30'], ['wed', '2026-12-02'], ['thurs', '2026-12-03'], ['sun', '2026-11-29'], ['monday coming', '2026-11-30'],
    ['every monday', '2026-11-30'], ['not sure', null], ['straight away', '2026-11-28'],
  ]),
  // Said on 29 December, with the year turning.
  at('YEAR_END', [
    ['friday', '2027-01-01'], ['2/1/27', '2027-01-02'], ['tmrw', '2026-12-30'], ['5/1', '2027-01-05'], ['by the end of jan', '2027-01-31'],
    ['next monday', '2027-01-04'], ['after the new year', null], ['jan 8th', '2027-01-08'],
  ]),
];

export const ROUND_SIX_TUNING: DateCase[] = VOICES.flatMap((rows) => rows.filter((_, index) => index % 2 === 0));
export const ROUND_SIX_HELD_OUT: DateCase[] = VOICES.flatMap((rows) => rows.filter((_, index) => index % 2 === 1));
