// Days typed with their weekday and date at "When could you do it?", said on Monday 7 December 2026
// (play-testing, first conversations: "By Friday the 18th of December, if that is acceptable." was
// kept as Friday 11 December). Written before the mend; HELD_OUT is never tuned on.
// `day`: the day kept (YYYY-MM-DD); 'ask': the weekday and date disagree, so the client is asked which.
export type DayLine = { text: string; day: string | 'ask' };

export const TUNING: DayLine[] = [
  { text: 'By Friday the 18th of December, if that is acceptable.', day: '2026-12-18' },
  { text: 'fri 18th dec', day: '2026-12-18' },
  { text: 'friday 18/12', day: '2026-12-18' },
  { text: 'by fri the 18th of dec', day: '2026-12-18' },
  { text: 'Thursday the 17th of December', day: '2026-12-17' },
  { text: 'on wednesday the 16th', day: '2026-12-16' },
  { text: 'tues 15th december pls', day: '2026-12-15' },
  { text: 'monday the 14th of dec', day: '2026-12-14' },
  { text: 'Friday, 18 December', day: '2026-12-18' },
  { text: 'friday 18 dec', day: '2026-12-18' },
  { text: 'fri the 18th', day: '2026-12-18' },
  { text: 'By Friday the 19th of December', day: 'ask' },
  { text: 'monday 15th dec', day: 'ask' },
  { text: 'friday december 18th', day: '2026-12-18' },
  { text: 'sat 19th of december', day: '2026-12-19' },
  { text: 'the 18th of december, a friday', day: '2026-12-18' },
  { text: 'wed 23rd dec if thats ok', day: '2026-12-23' },
  { text: 'Tuesday 5th January', day: '2027-01-05' },
  { text: 'mon 4th jan', day: '2027-01-04' },
  { text: 'thurs 31st dec', day: '2026-12-31' },
  { text: 'friday 11th', day: '2026-12-11' },
  { text: 'by thursday 10th december latest', day: '2026-12-10' },
  { text: 'this friday the 11th', day: '2026-12-11' },
  { text: 'Fri 18th Dec 2026', day: '2026-12-18' },
  { text: 'On Friday the 18th of December I will have it done', day: '2026-12-18' },
  { text: 'before friday the 18th of december', day: '2026-12-18' },
  { text: 'friday the 18th of december at 2pm', day: '2026-12-18' },
  { text: 'weds the 16th of dec', day: '2026-12-16' },
  { text: 'by Monday the 14th of December', day: '2026-12-14' },
  { text: 'fri 18th of december x', day: '2026-12-18' },
];

export const HELD_OUT: DayLine[] = [
  { text: 'Wednesday the 16th of December please', day: '2026-12-16' },
  { text: 'by Tues the 15th of Dec', day: '2026-12-15' },
  { text: 'friday 18th of december hopefully', day: '2026-12-18' },
  { text: 'sunday the 20th of december', day: '2026-12-20' },
  { text: "Thursday 17th of Dec, if that's alright with you.", day: '2026-12-17' },
  { text: 'monday the 21st of december', day: '2026-12-21' },
  { text: 'thu the 18th of december', day: 'ask' },
  { text: 'wednesday 6th of january', day: '2027-01-06' },
  { text: 'Fri, the 18th December.', day: '2026-12-18' },
  { text: 'by tue 22nd december', day: '2026-12-22' },
];
