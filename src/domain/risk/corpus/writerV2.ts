// Crisis and concern said in very short messages, with short ordinary replies that look like them (part 2 of 2). Generated from a TSV by scripts/riskCorpusFromTsv.ts.
import type { RiskCategory } from '../riskCategories.ts';

export const WRITERV_2: readonly (readonly [RiskCategory, string])[] = [
  ["idiom", "went down in flames lol"],
  ["idiom", "the deadline's killing me"],
  ["idiom", "could die of embarrassment"],
  ["idiom", "my cv's dead in the water"],
  ["idiom", "that shift nearly killed me"],
  ["negated-benign", "heatings on, all good"],
  ["negated-benign", "im fine thx, just busy"],
  ["negated-benign", "not stressed, just tired"],
  ["negated-benign", "not sad, just bored lol"],
  ["negated-benign", "im ok honestly, just sleepy"],
  ["negated-benign", "all good here"],
  ["third-person", "my mate lost his job, gutted for him"],
  ["third-person", "news about the stabbing is awful"],
  ["third-person", "job is support worker for homeless"],
  ["third-person", "crisis line call handler role?"],
  ["third-person", "samaritans volunteer roles near me?"],
  ["third-person", "my sisters landlord is a nightmare"],
  ["third-person", "pharmacy job, counting pills all day"],
  ["fiction", "watched a film bout a bridge jumper"],
  ["fiction", "that true crime pod is dark"],
  ["fiction", "killed the boss on level 5 finally"],
  ["fiction", "my character died again lol"],
  ["fiction", "finished the book, he dies at the end"],
  ["fiction", "eastenders was brutal last nite"],
];
