// Shared helper for the console tests (not a test file itself: jest only picks up *.test.ts).
import { ConsoleError } from '../../../cms/src/console/errors';

/** Runs fn and returns the ConsoleError it throws; fails when it returns or throws something else. */
export function consoleErrorOf(fn: () => unknown): ConsoleError {
  try {
    fn();
  } catch (error: unknown) {
    if (error instanceof ConsoleError) return error;
    throw error;
  }
  throw new Error('expected a ConsoleError, but the call returned');
}

/** Asserts a 400 with the code and an errors map that has exactly the given fields. */
export function expect400(fn: () => unknown, code: string, fields: string[]): ConsoleError {
  const error = consoleErrorOf(fn);
  expect(error.status).toBe(400);
  expect(error.code).toBe(code);
  expect(Object.keys(error.errors).sort()).toEqual([...fields].sort());
  for (const field of fields) {
    expect(error.errors[field]?.length).toBeGreaterThan(0);
  }
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}
