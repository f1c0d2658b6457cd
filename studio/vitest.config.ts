import { defineProject } from 'vitest/config';

// Browser tests share one built studio and one runtime, started once.
export default defineProject({
  test: {
    name: 'studio',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
