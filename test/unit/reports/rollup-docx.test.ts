import JSZip from 'jszip';
import type { ReportFigures } from '@nmg/config';
import { documentXml, figureRows, reportDocx } from '../../../cms/src/reports/docx';
import { draftText } from '../../../cms/src/reports/draft-text';
import { figuresOf, sumFigures } from '../../../cms/src/reports/rollup';

const figures = (overrides: Partial<ReportFigures> = {}): ReportFigures => ({
  year: 2025, reporter: '锡林浩特市市场监督管理局', scope: 'department', publishedLists: 1, powerAdjustments: 2, activePowers: 10, decomposedPowers: 8,
  decompositionShare: 80, assessments: 1, assessmentAverage: 91.5, accountabilityCases: 0, accountabilityCorrected: 0, trainingSessions: 3,
  trainingHours: 12.5, certifiedOfficers: 9, majorPenalties: 2, majorPenaltiesFiledLate: 1, majorPenaltiesUnfiledOverdue: 0, legalEducationLists: 1, caseInterpretations: 2, computedAt: '2026-01-05T00:00:00Z', ...overrides,
});

describe('第七条 (Art. 7): the roll-up of subordinates\' reports', () => {
  test('sums counts and hours, recomputes the share from the sums, skips missing reports', () => {
    const rolled = sumFigures([figures(), figures({ activePowers: 30, decomposedPowers: 12, trainingHours: 0.5 }), null]);
    expect(rolled.reported).toBe(2);
    expect(rolled.totals).toMatchObject({ activePowers: 40, decomposedPowers: 20, trainingHours: 13, majorPenalties: 4 });
    expect(rolled.decompositionShare).toBe(50);
  });

  test('no report: zeros, share 0', () => {
    expect(sumFigures([])).toMatchObject({ reported: 0, decompositionShare: 0 });
  });

  test('stored figures are read as numbers under known keys only', () => {
    expect(figuresOf({ trainingHours: 3, activePowers: '7', evil: 1 })).toEqual({ trainingHours: 3 });
    expect(figuresOf(null)).toBeNull();
    expect(figuresOf([1])).toBeNull();
  });
});

describe('第七条 (Art. 7): the report as offices file it', () => {
  test('the draft text has the five sections and the figures', () => {
    const text = draftText(figures());
    expect(text.split('\n').filter((l) => /^[一二三四五]、/.test(l))).toHaveLength(5);
    expect(text).toContain('分解率80%');
    expect(text).toContain('平均得分91.5分');
    expect(text).toContain('3人次、12.5学时');
  });

  test('the table lists every figure; a missing average is a dash', () => {
    const rows = figureRows(figures({ assessmentAverage: null }));
    expect(rows).toHaveLength(17);
    // 第十八条: the 普法 figures, and a dash in a report computed before they were counted.
    expect(rows).toContainEqual(['公布以案释法案例', '2 件']);
    expect(figureRows({ ...figures(), legalEducationLists: undefined } as unknown as ReportFigures)).toContainEqual(['公布普法责任清单', '—']);
    expect(rows).toContainEqual(['评议考核平均得分', '—']);
    expect(rows).toContainEqual(['职权分解率', '80%']);
  });

  test('document.xml escapes the text and marks section headings', () => {
    const xml = documentXml({ documentNumber: '锡市监发〔2026〕3号', title: '关于<测试>的报告', receivers: ['锡林浩特市'], content: '一、基本情况\nA & B', figures: null, reporter: '某局', date: '2026年1月5日' });
    expect(xml).toContain('关于&lt;测试&gt;的报告');
    expect(xml).toContain('A &amp; B');
    expect(xml).toContain('锡林浩特市：');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).not.toContain('<w:tbl>');
  });

  test('the .docx is a zip with the three parts Word needs', async () => {
    const zip = await JSZip.loadAsync(await reportDocx({ documentNumber: null, title: 'T', receivers: [], content: '', figures: figures(), reporter: 'R', date: 'D' }));
    expect(Object.keys(zip.files).sort()).toEqual(['[Content_Types].xml', '_rels/', '_rels/.rels', 'word/', 'word/document.xml']);
    expect(await zip.file('word/document.xml')?.async('string')).toContain('<w:tbl>');
  });
});
