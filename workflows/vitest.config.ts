import { defineProject } from 'vitest/config';

// Workflow tests talk to a real Temporal server: bundling and worker start-up
// take seconds, so the timeouts are generous.
export default defineProject({
  test: {
    name: 'workflows',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    setupFiles: ['test/setup.ts'],
  },
});
