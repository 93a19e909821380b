import type { ListItem } from '@nmg/config';
import { diffItems } from '../../../cms/src/domain';

const item = (o: Partial<ListItem>): ListItem => ({
  powerId: 'p1', code: 'XK-001', name: '食品经营许可', subItem: null, type: 'licensing', tier: 'county', status: 'valid', departmentName: '市场监督管理局',
  bases: [], steps: [{ step: '受理', content: null, basis: null }], accountabilities: [], legalTimeLimit: '20个工作日', promisedTimeLimit: null,
  feeBasis: null, consultationPhone: null, supervisionPhone: null, serviceGuide: null, flowchart: null, statutoryMin: null, statutoryMax: null,
  discretion: [], riskPoints: [], decomposition: [], remarks: null, ...o,
});

describe('the diff of two list versions (Art. 13)', () => {
  test('items added, removed and changed field by field; the rest counted unchanged', () => {
    const before = [item({}), item({ powerId: 'p2', code: 'CF-001', name: '处罚' }), item({ powerId: 'p3', code: 'JC-001', name: '检查' })];
    const after = [item({ promisedTimeLimit: '5个工作日', steps: [{ step: '受理', content: '当场受理', basis: null }] }), item({ powerId: 'p3', code: 'JC-001', name: '检查' }), item({ powerId: 'p4', code: 'QZ-001', name: '强制' })];
    expect(diffItems(before, after)).toEqual({
      added: [{ powerId: 'p4', code: 'QZ-001', name: '强制' }],
      removed: [{ powerId: 'p2', code: 'CF-001', name: '处罚' }],
      changed: [{
        powerId: 'p1', code: 'XK-001', name: '食品经营许可',
        fields: [
          { field: 'promisedTimeLimit', before: null, after: '5个工作日' },
          { field: 'steps', before: [{ step: '受理', content: null, basis: null }], after: [{ step: '受理', content: '当场受理', basis: null }] },
        ],
      }],
      unchanged: 1,
    });
  });

  test('a renumbered item is a change of its code, matched by the power it came from', () => {
    const d = diffItems([item({})], [item({ code: 'XK-101' })]);
    expect(d.changed.map((c) => c.fields)).toEqual([[{ field: 'code', before: 'XK-001', after: 'XK-101' }]]);
    expect(d.added).toEqual([]);
  });

  test('storage order of keys is not a change', () => {
    const reordered = JSON.parse(JSON.stringify(item({ steps: [{ basis: null, content: null, step: '受理' } as ListItem['steps'][number]] }))) as ListItem;
    expect(diffItems([item({})], [reordered]).unchanged).toBe(1);
  });
});
