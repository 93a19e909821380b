import { checklistFor, exemptionReady, parseCriteria, parseHistory } from './parse';

const criteria = [
  { key: 'lawful-basis', name: '依法履职', required: true },
  { key: 'remedied', name: '及时补救', required: false },
];

describe('accountability page parsing (Art. 27, 29)', () => {
  test('the timeline keeps well-formed entries only', () => {
    const history = parseHistory([{ action: 'open', from: null, to: 'open', at: '2026-01-01T00:00:00Z', actor: 'a', role: 'gov-admin', organisation: '锡林浩特市', note: null }, { action: 'broken' }, 'x']);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'open', to: 'open', actor: 'a' });
    expect(parseHistory(null)).toEqual([]);
  });

  test('the criteria of config/ and a stored checklist, one entry per criterion', () => {
    expect(parseCriteria({ criteria, minReasonLength: 10 })).toEqual({ criteria, minReasonLength: 10 });
    expect(parseCriteria({})).toBeNull();
    expect(checklistFor([{ key: 'remedied', met: true, note: '已补救' }, { key: 'unknown', met: true }], criteria)).toEqual([
      { key: 'lawful-basis', met: false },
      { key: 'remedied', met: true, note: '已补救' },
    ]);
  });

  test('第二十九条: confirming needs every required criterion met and reasons long enough', () => {
    const met = [{ key: 'lawful-basis', met: true }, { key: 'remedied', met: false }];
    expect(exemptionReady(met, criteria, '依法履职，予以免责。', 5)).toBe(true);
    expect(exemptionReady(met, criteria, '免责', 5)).toBe(false);
    expect(exemptionReady([{ key: 'lawful-basis', met: false }], criteria, '依法履职，予以免责。', 5)).toBe(false);
  });
});
