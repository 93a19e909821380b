// Issue 14 point 3: no raw JSON on screen — an adjustment task's 涉及事项 and a case's 尽职免责
// checklist read as sentences in Chinese.
import { i18nProvider } from '../providers/i18nProvider';
import { readableJson } from './readableJson';

const t = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);

test('涉及事项 lists each power by name and code', () => {
  expect(readableJson([{ id: 'x1', code: 'SC-JC-001', name: '食品生产经营监督检查' }], t)).toEqual(['食品生产经营监督检查（SC-JC-001）']);
});

test('the 尽职免责 checklist names each criterion and whether it was met', () => {
  const lines = readableJson([{ key: 'lawful-basis', met: true }, { key: 'remedied', met: false, note: '未及时补救' }], t);
  expect(lines).toEqual(['依据法律、法规、规章和规范性文件履行职责：符合', '发现问题后及时采取补救措施，积极挽回损失：不符合（未及时补救）']);
  expect(lines.join('')).not.toMatch(/[{}"]|lawful|true|false/);
});

test('plain lists join with 、 and no line carries JSON punctuation', () => {
  expect(readableJson(['食品', '药品'], t)).toEqual(['食品、药品']);
  expect(readableJson({ total: 3, overdue: true }, t).join('')).not.toMatch(/[{}"]/);
});
