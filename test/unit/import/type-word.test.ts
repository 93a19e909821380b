import { loadConfig } from '@nmg/config';
import { resolveTypeWord } from '../../../cms/src/domain';

const table = loadConfig().powerTypes;

describe('type words of older lists (config/power-types.json legacyNames)', () => {
  test.each([['行政强制措施', 'coercion'], ['行政强制执行', 'coercion'], ['监督检查', 'inspection'], ['其他职权', 'other'], ['行政许可', 'licensing'], [' 行政处罚 ', 'penalty']])('%s → %s', (word, key) => {
    expect(resolveTypeWord(word, table)).toEqual({ ok: true, key });
  });
  test('a word the regulation does not know is refused with the accepted words', () => {
    const r = resolveTypeWord('行政命令', table);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.accepted).toEqual(expect.arrayContaining(['行政许可', '行政检查', '监督检查']));
  });
});
