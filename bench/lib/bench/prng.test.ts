import { describe, expect, test } from 'vitest';
import { createRandom } from './prng.ts';

describe('createRandom', () => {
  test('returns the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  test('returns a different sequence for another seed', () => {
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  test('int() stays within both bounds and reaches them', () => {
    const r = createRandom(7);
    const seen = new Set(Array.from({ length: 500 }, () => r.int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  test('sample() draws distinct elements', () => {
    const drawn = createRandom(3).sample(['会议', '通知', '政策', '公告'], 3);
    expect(drawn).toHaveLength(3);
    expect(new Set(drawn).size).toBe(3);
  });
});
