import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A generous ceiling for a shared 2-core machine; no test asserts how long anything takes.
    testTimeout: 30_000,
  },
});
