import { describe, expect, it } from 'vitest';
import { checkExamples } from './examples.js';

describe('the examples of the public API', () => {
  it('each compiles, as a module of its own, against the built package', () => {
    const { count, failures } = checkExamples();
    expect(count).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  }, 120_000);
});
