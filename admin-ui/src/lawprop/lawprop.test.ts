// The console's side of issue 15's laws and headers: the kept import's report with its missing laws,
// and a department's remembered header mappings applied to the unknown columns of its next sheet.
import { mapHeaders } from '../import/headerMapping';
import { parseKeptImports, parseKeptReport, parseProposals } from './api';
import { applyRemembered, rememberedKey } from './rememberedHeaders';

describe('remembered header mappings', () => {
  const offered = new Set(['name', 'type', 'bases', 'remark', 'code']);
  test('an unknown column takes the remembered target; known columns and unoffered targets stay as they are', () => {
    const mapping = mapHeaders(['项目名称', '权力分类', '处罚 来源\n（法条）', '风险等级', '奇怪的列'], 'powers', []);
    expect(mapping.map((m) => m.status)).toEqual(['mapped', 'mapped', 'unknown', 'unknown', 'unknown']);
    const remembered = { [rememberedKey('处罚来源（法条）')]: 'bases', 风险等级: 'name', 奇怪的列: 'nonsense' };
    const applied = applyRemembered(mapping, remembered, offered, 'powers');
    expect(applied.map((m) => m.target)).toEqual(['name', 'type', 'bases', null, null]);
  });
});

describe('the kept import report (Art. 10)', () => {
  test('reads missing laws with their proposal, and ignores what it cannot read', () => {
    const report = parseKeptReport({
      importId: 'imp-1', total: 2, passed: 1, failed: 1, committed: false,
      rows: [{ index: 0, ok: true }, { index: 1, ok: false, code: 'LAW_NOT_IN_LIBRARY', failures: [{ field: 'bases', code: 'LAW_NOT_IN_LIBRARY', article: '第十条', message: '…' }] }],
      missingLaws: [{ title: '草原法', rows: [5, 'x'], proposal: { id: 'p1', state: 'refused', opinion: '库中已有' } }, { rows: [1] }],
    });
    expect(report.importId).toBe('imp-1');
    expect(report.missingLaws).toEqual([{ title: '草原法', rows: [5], proposal: { id: 'p1', state: 'refused', opinion: '库中已有' } }]);
    expect(report.rows[1].failures?.[0].article).toBe('第十条');
    expect(report.missingAgencies).toEqual([]);
  });
  test('reads the missing agencies and the kept imports a department finds again (issue 15)', () => {
    const report = parseKeptReport({ importId: 'imp-2', rows: [], missingAgencies: [{ name: '稽查一队', rows: [4, 'x'], accepted: true }, { rows: [5] }] });
    expect(report.missingAgencies).toEqual([{ name: '稽查一队', rows: [4], accepted: true }]);
    expect(parseKeptImports([{ id: 'k1', file: 'a.xlsx', rows: 12, createdAt: '2026-12-01T00:00:00Z' }, { file: 'no id' }])).toEqual([{ id: 'k1', file: 'a.xlsx', rows: 12, createdAt: '2026-12-01T00:00:00Z' }]);
  });
  test('proposals keep their state; anything unknown reads as proposed', () => {
    expect(parseProposals([{ id: 'a', title: '草原法', state: 'odd', sheetRows: [4] }, { title: 'no id' }]).map((p) => [p.id, p.state, p.sheetRows])).toEqual([['a', 'proposed', [4]]]);
  });
});

describe('agencies a sheet names that do not exist yet (issue 15)', () => {
  test('listed once per name with the rows naming each', async () => {
    const { missingAgenciesOf } = await import('./MissingAgencies');
    expect(missingAgenciesOf([
      { sheetRow: 7, agencyName: '草原监督管理股' }, { sheetRow: 5, agencyName: '草原监督管理股' }, { sheetRow: 5 }, { sheetRow: 6, agencyName: '执法大队' },
    ])).toEqual([{ name: '草原监督管理股', rows: [5, 7] }, { name: '执法大队', rows: [6] }]);
  });

  test('spellings that differ only by spaces or full-width brackets are one agency, as the server matches them', async () => {
    const { missingAgenciesOf } = await import('./MissingAgencies');
    const { agencyKey } = await import('./missingAgencies');
    expect(agencyKey('综合执法大队 （城区）')).toBe(agencyKey('综合执法大队(城区)'));
    expect(agencyKey('执法一队')).not.toBe(agencyKey('执法二队'));
    expect(missingAgenciesOf([{ sheetRow: 4, agencyName: '稽查 一队' }, { sheetRow: 6, agencyName: '稽查一队' }])).toEqual([{ name: '稽查 一队', rows: [4, 6] }]);
  });
});
