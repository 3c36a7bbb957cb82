import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests that share one database file or PostgreSQL schema run in their own files; files run in parallel.
    pool: 'forks',
    // One module cache per worker, not per file: importing the app once per file cost more than
    // the tests. Tests keep no state in modules; each starts its own app on its own database.
    isolate: false,
    // Browser, child-process and HTTP tests spend much of their time waiting, so more files than
    // cores run at once.
    maxWorkers: 3,
    globalSetup: ['test/support/unpackChromium.ts', 'test/support/keepTrainedModels.ts'],
  },
});
