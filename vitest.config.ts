import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // One file at a time: the live tests assert time bounds (a refusal within 250 ms,
    // a timeout within the deadline plus 10%) that a second busy core would blur.
    fileParallelism: false,
  },
});
