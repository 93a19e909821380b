import { bearerToken, TokenCache } from '../../../cms/src/console/token-cache';

describe('TokenCache', () => {
  let now = 1_000_000;
  const clock = () => now;

  test('keeps a payload for its life, then forgets it', () => {
    const cache = new TokenCache(30_000, 10, clock);
    cache.set('a', { id: 1 });
    expect(cache.get('a')).toEqual({ id: 1 });
    now += 29_999;
    expect(cache.get('a')).toEqual({ id: 1 });
    now += 1;
    expect(cache.get('a')).toBeUndefined();
  });

  test('never keeps a token past its exp', () => {
    const cache = new TokenCache(30_000, 10, clock);
    cache.set('soon', { id: 1, exp: (now + 5_000) / 1000 });
    now += 5_000;
    expect(cache.get('soon')).toBeUndefined();
    cache.set('expired', { id: 1, exp: (now - 1) / 1000 });
    expect(cache.get('expired')).toBeUndefined();
  });

  test('holds at most `size` tokens, dropping the oldest', () => {
    const cache = new TokenCache(30_000, 2, clock);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe(2);
    expect(cache.get('c')).toBe(3);
  });
});

test('bearerToken reads "Bearer <token>" only', () => {
  expect(bearerToken('Bearer abc')).toBe('abc');
  expect(bearerToken('bearer abc')).toBe('abc');
  expect(bearerToken('Basic abc')).toBeNull();
  expect(bearerToken('Bearer a b')).toBeNull();
  expect(bearerToken(undefined)).toBeNull();
});
