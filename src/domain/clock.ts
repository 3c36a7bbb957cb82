// The time, as something passed in: tests and the benchmark swap it for a clock of their own.
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
