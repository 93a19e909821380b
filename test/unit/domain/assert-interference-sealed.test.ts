import { ARTICLE, assertInterferenceSealed, mayReadInterference } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

/** As in config/supervision.json. */
const READERS = ['justice-reviewer'] as const;

describe('INTERFERENCE_SEALED (Art. 30)', () => {
  test('the rule cites 第三十条', () => {
    expect(ARTICLE.INTERFERENCE_SEALED).toBe('第三十条');
  });

  test.each<{ title: string; action: string }>([
    { title: '第三十条 (Art. 30): recording an interference is accepted', action: 'create' },
  ])('$title', ({ action }) => {
    expectOk(assertInterferenceSealed(action));
  });

  test.each<{ title: string; action: string }>([
    { title: '第三十条 (Art. 30): editing a recorded interference is refused', action: 'update' },
    { title: '第三十条 (Art. 30): deleting a recorded interference is refused', action: 'delete' },
    { title: '第三十条 (Art. 30): publishing (changing) a recorded interference is refused', action: 'publish' },
    { title: '第三十条 (Art. 30): an unknown action is refused', action: '' },
    { title: '第三十条 (Art. 30): actions are matched exactly, "Create" is not "create"', action: 'Create' },
  ])('$title', ({ action }) => {
    expect(expectFailure(assertInterferenceSealed(action), 'INTERFERENCE_SEALED', 'id').message).toContain('保存后即封存，任何人不得修改或删除');
  });
});

describe('mayReadInterference (Art. 30)', () => {
  test.each<{ title: string; role: string | null; readers: readonly string[]; may: boolean }>([
    { title: '第三十条 (Art. 30): the configured supervisor may read sealed records', role: 'justice-reviewer', readers: READERS, may: true },
    { title: '第三十条 (Art. 30): each of several configured readers may read', role: 'gov-supervisor', readers: ['justice-reviewer', 'gov-supervisor'], may: true },
    { title: '第三十条 (Art. 30): a department editor may not read sealed records', role: 'dept-editor', readers: READERS, may: false },
    { title: '第三十条 (Art. 30): a department head may not read sealed records', role: 'dept-head', readers: READERS, may: false },
    { title: '第三十条 (Art. 30): an anonymous user may not read sealed records', role: null, readers: READERS, may: false },
    { title: '第三十条 (Art. 30): nobody reads when no reader is configured', role: 'justice-reviewer', readers: [], may: false },
  ])('$title', ({ role, readers, may }) => {
    expect(mayReadInterference(role, readers)).toBe(may);
  });
});
