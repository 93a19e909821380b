import { parseIntegrityFigures } from './integrityFigures';

describe('parseIntegrityFigures (region dashboard: 数据完整性)', () => {
  test('keeps the last run and well-formed findings; the total is their sum', () => {
    expect(parseIntegrityFigures({
      lastRunAt: '2026-12-05T02:41:00.000Z', failedChecks: 0, total: 99,
      findings: [
        { kind: 'officer-without-department', label: '行政执法人员缺少所属行政执法部门', resource: 'api::officer.officer', count: 2, recordIds: ['a', 'b'] },
        { kind: 'broken', count: 'x' },
        'nonsense',
      ],
    })).toEqual({
      lastRunAt: '2026-12-05T02:41:00.000Z', failedChecks: 0, total: 2,
      findings: [{ kind: 'officer-without-department', label: '行政执法人员缺少所属行政执法部门', resource: 'api::officer.officer', count: 2, recordIds: ['a', 'b'] }],
    });
  });

  test('no card outside the region (null) and a run never made', () => {
    expect(parseIntegrityFigures(null)).toBeNull();
    expect(parseIntegrityFigures(undefined)).toBeNull();
    expect(parseIntegrityFigures({ lastRunAt: null, failedChecks: 0, total: 0, findings: [] })).toEqual({ lastRunAt: null, failedChecks: 0, total: 0, findings: [] });
  });
});
