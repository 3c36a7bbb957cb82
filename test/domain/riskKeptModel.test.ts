// The risk model kept on disk and read back at the next start must read every message exactly as
// the model that was trained, down to the kind of message named in the adviser's reasons. What is
// kept is the weights and an index of which training messages have each word: not the messages
// themselves, whose thousands of small objects once took about 40 MB of the bot's memory.
import { describe, expect, it } from 'vitest';
import { assessRisk, trainedRiskModel, useTrainedRiskModel, type TrainedRiskModel } from '../../src/domain/risk.ts';

const MESSAGES = [
  'i just want to sleep and not wake up',
  'my partner checks my phone and takes my wages',
  'been drinking every night just to get through it',
  'got an interview on thursday, a bit nervous',
  'the deadline is killing me lol',
  'nobody would notice if i was gone',
];

describe('the kept risk model', () => {
  it('reads messages as the trained model does, reasons included', () => {
    const trained = MESSAGES.map(assessRisk);
    const kept = JSON.parse(JSON.stringify(trainedRiskModel())) as TrainedRiskModel;
    useTrainedRiskModel(kept);
    expect(MESSAGES.map(assessRisk)).toEqual(trained);
    expect(trained.filter(({ level }) => level !== 'none').length).toBeGreaterThanOrEqual(3);
  });

  it('keeps no training message text', () => {
    const kept = JSON.stringify(trainedRiskModel());
    expect(kept).not.toContain('sleep and not wake up');
    expect(kept).toContain('"features"');
  });
});
