// The WAL position a replica must have replayed before it answers for the public (replica.ts).
import { beginLocalChange, endLocalChange, noteChangeLsn, parseLsn, publicationFloor } from '../../../cms/src/public/publication-lsn';

describe('parseLsn', () => {
  test.each([
    ['0/0', BigInt(0)],
    ['0/16B3748', BigInt(0x16b3748)],
    ['1/0', BigInt(2) ** BigInt(32)],
    ['A/FFFFFFFF', BigInt(10) * BigInt(2) ** BigInt(32) + BigInt(0xffffffff)],
  ])('%s', (text, bytes) => expect(parseLsn(text)).toBe(bytes));

  test.each(['', 'x/1', '0-1', '123456789/0', 'null'])('refuses %p', (text) => expect(parseLsn(text)).toBeNull());
});

describe('publicationFloor', () => {
  test('rises with every change and never falls; unknown while a local change has no LSN yet', () => {
    noteChangeLsn(BigInt(100));
    expect(publicationFloor()).toBe(BigInt(100));
    noteChangeLsn(BigInt(50));
    expect(publicationFloor()).toBe(BigInt(100));
    beginLocalChange();
    expect(publicationFloor()).toBeNull();
    endLocalChange(BigInt(200));
    expect(publicationFloor()).toBe(BigInt(200));
    beginLocalChange();
    endLocalChange(null);
    expect(publicationFloor()).toBe(BigInt(200));
  });
});
