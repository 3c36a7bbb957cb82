import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests that share one database file or PostgreSQL schema run in their own files; files run in parallel.
    pool: 'forks',
    globalSetup: ['test/support/unpackChromium.ts'],
  },
});
