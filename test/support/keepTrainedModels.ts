// Vitest global set-up: train the models once and keep them on disk (src/trainedModels.ts), before
// test files run side by side and could each train the risk model (half a minute and about 600 MB
// each, now that it learns from the spent blind splits too).
import { loadTrainedModels } from '../../src/trainedModels.ts';

export default function keepTrainedModels(): void {
  loadTrainedModels();
}
