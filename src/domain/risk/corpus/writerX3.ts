// The ninth blind split (three writers, 538 messages: young people, older and second-language voices, IPS clients), measured only, never read for tuning; training since the tenth split was written (part 3 of 3). Generated from a TSV by scripts/riskCorpusFromTsv.ts.
import type { RiskCategory } from '../riskCategories.ts';

export const WRITERX_3: readonly (readonly [RiskCategory, string])[] = [
  ["everyday", "Our imam asked if anyone in the mosque can help at the youth club on Saturdays. Would that count as good experience?"],
  ["everyday", "I buried my mother in Romania last spring and now I am back and ready to start working again. What do you suggest first?"],
  ["everyday", "I attend mass every morning before work, so I can only start after half past nine. Is that a problem for the bakery job?"],
  ["everyday", "My grandchildren are coming to stay for half term, could we do next week's session by phone instead?"],
  ["everyday", "Quick update: applied to Lidl, the council's parks team, and two admin temp roles through Reed. One of the agencies wants me to do a typing test on Wednesday. Also rewrote my personal statement using the STAR thing you showed me, would you mind having a look before I send it to the parks job?"],
  ["everyday", "bit nervous about tomorrow tbh, its my first interview in 6 years. what should i wear for a warehouse job?"],
  ["everyday", "Gutted, didn't get the barista job. They said it was close between me and one other person. On to the next one I guess."],
  ["everyday", "Knackered after the night shift. Will look at the vacancies after a kip."],
  ["everyday", "Hello, I am from Syria and I have an engineering degree. Can you tell me how to get my qualification recognised in the UK? I also have interview for cleaning job next week, it is ok for now."],
  ["everyday", "Long week. Did the CSCS test on Monday (passed!), had a phone interview with a scaffolding firm on Tuesday, and my references finally came through on Thursday. Only thing outstanding is the DBS which apparently takes 4-6 weeks. Is there anything I can apply for in the meantime that won't need it?"],
  ["everyday", "A bit frustrated that the application portal keeps crashing. Third time I've lost my answers. Any tips?"],
  ["everyday", "Update from me: got to the second round at the bank!! Assessment centre is next Friday, group exercise, presentation and a competency interview. Bit terrified about the presentation but also buzzing. Do you have any example questions?"],
  ["everyday", "As a carer for my son I can only work school hours, 9:30 to 2:30. Are there many roles like that round Swansea?"],
  ["everyday", "I've been out of work since my back operation and I'm ready to go back part-time. My physio says no heavy lifting. Would retail be a good fit?"],
  ["everyday", "proper fed up with all the automated rejections, do people actually read these CVs or is it all robots now"],
  ["everyday", "Ok so I've finished the first aid course, booked the food hygiene one for the 14th, and I'm halfway through English level 2. Slow but getting there! Mum says she's proud which is nice."],
  ["everyday", "Moved back to Cork after the contract ended in Dublin. Rent's cheaper here but jobs are thinner on the ground. Anything in logistics going?"],
  ["everyday", "Should I mention the gap from when I was travelling in Australia? It's about 14 months. I did some bar work out there but nothing formal."],
];
