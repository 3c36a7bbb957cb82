// Imported first by test files that read messages without starting the app: the risk and
// understanding models come from the kept copy (src/trainedModels.ts) instead of training in
// every test file. startApp does the same for the tests that start the bot.
import { loadTrainedModels } from '../../src/trainedModels.ts';

loadTrainedModels();
