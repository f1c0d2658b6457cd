import { defineConfig } from 'vitest/config';

// One vitest run covers every package; each package's own config names it.
export default defineConfig({
  test: {
    projects: ['*/vitest.config.ts'],
  },
});
