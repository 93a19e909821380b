import { caseTitle, CASE_TITLE_MAX } from '../../../cms/src/domain';

describe('第三十一条: a case is picked by who it concerns and when it was opened, never by id', () => {
  test('subject · measure · date', () => {
    expect(caseTitle({ subjectName: '王某', measureName: '相应处理', openedOn: '2026-11-02' })).toBe('王某 · 相应处理 · 2026-11-02');
  });
  test('a missing subject is said in words; missing parts are left out', () => {
    expect(caseTitle({ subjectName: null, measureName: '责令改正', openedOn: null })).toBe('（未指明对象） · 责令改正');
  });
  test('never longer than the column', () => {
    expect(caseTitle({ subjectName: '某'.repeat(300), measureName: '处分', openedOn: '2026-01-01' })).toHaveLength(CASE_TITLE_MAX);
  });
});
