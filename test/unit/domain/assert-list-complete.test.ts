import { ARTICLE, assertListComplete, listItemGaps, submissionFactsOf, type CitationFacts, type PowerFacts } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

/** Application-based types as in config/power-types.json. */
const APPLICATION_BASED = ['licensing', 'confirmation', 'adjudication', 'payment', 'reward', 'filing', 'other'] as const;

const basis = (o: Partial<CitationFacts> = {}): CitationFacts => ({
  legalBasisId: 'lb-1',
  legalBasisTitle: '中华人民共和国行政许可法',
  legalBasisStatus: 'in-force',
  articles: '第十二条',
  ...o,
});
const power = (o: Partial<PowerFacts> = {}): PowerFacts => ({
  id: 'power-1',
  code: 'XK-001',
  name: '排污许可',
  type: 'licensing',
  status: 'valid',
  departmentId: 'dept-1',
  bases: [basis()],
  steps: [{ step: '受理' }, { step: '审查' }, { step: '决定' }],
  accountabilities: [{ situation: '对符合法定条件的申请不予受理的' }],
  serviceGuide: '/guides/xk-001.pdf',
  flowchart: '/flowcharts/xk-001.png',
  statutoryMin: null,
  statutoryMax: null,
  discretion: [],
  decomposition: [],
  ...o,
});
const penalty = (o: Partial<PowerFacts> = {}): PowerFacts =>
  power({ code: 'CF-001', name: '对违法排污的处罚', type: 'penalty', serviceGuide: null, flowchart: null, ...o });

describe('listItemGaps (Art. 13)', () => {
  test.each<{ title: string; item: PowerFacts; fields: string[] }>([
    { title: '第十三条 (Art. 13): a complete application-based item has no gaps', item: power(), fields: [] },
    { title: '第十三条 (Art. 13): a penalty item needs no service guide or flowchart', item: penalty(), fields: [] },
    { title: '第十三条 (Art. 13): an item without type lacks 权力类型', item: penalty({ type: '' }), fields: ['type'] },
    { title: '第十三条 (Art. 13): an item with a blank type lacks 权力类型', item: penalty({ type: '  ' }), fields: ['type'] },
    { title: '第十三条 (Art. 13): an item without bases has an incomplete basis', item: penalty({ bases: [] }), fields: ['bases'] },
    { title: '第十三条 (Art. 13): an item citing a basis without articles has an incomplete basis', item: penalty({ bases: [basis({ articles: null })] }), fields: ['bases.0.articles'] },
    { title: '第十三条 (Art. 13): an item citing only a repealed basis has an incomplete basis', item: penalty({ bases: [basis({ legalBasisStatus: 'repealed' })] }), fields: ['bases.0.legalBasis'] },
    { title: '第十三条 (Art. 13): an item without steps lacks 责任事项', item: penalty({ steps: [] }), fields: ['steps'] },
    { title: '第十三条 (Art. 13): an item without accountabilities lacks 追责情形', item: penalty({ accountabilities: [] }), fields: ['accountabilities'] },
    { title: '第十三条 (Art. 13): a licensing item without guide or flowchart lacks both', item: power({ serviceGuide: null, flowchart: ' ' }), fields: ['serviceGuide', 'flowchart'] },
    { title: '第十三条 (Art. 13): an "other" power is application-based and needs a flowchart', item: power({ type: 'other', flowchart: null }), fields: ['flowchart'] },
    { title: '第十三条 (Art. 13): an empty item reports every gap in order', item: power({ bases: [], steps: [], accountabilities: [], serviceGuide: '', flowchart: '' }), fields: ['bases', 'steps', 'accountabilities', 'serviceGuide', 'flowchart'] },
  ])('$title', ({ item, fields }) => {
    const gaps = listItemGaps(item, APPLICATION_BASED);
    expect(gaps.map((g) => g.field)).toEqual(fields);
    for (const g of gaps) {
      expect(g.item).toBe(item.code);
      expect(g.message).toContain(`事项“${item.name}”`);
    }
  });

  test.each<{ title: string; item: PowerFacts }>([
    { title: 'a complete item', item: power() },
    { title: 'an item without steps', item: penalty({ steps: [] }) },
    { title: 'an item without accountabilities', item: penalty({ accountabilities: [] }) },
    { title: 'an empty item', item: power({ bases: [], steps: [], accountabilities: [], serviceGuide: '', flowchart: '' }) },
  ])('第十三条 (Art. 13): $title has the same gaps judged on its submission facts (steps and situations counted)', ({ item }) => {
    expect(listItemGaps(submissionFactsOf(item), APPLICATION_BASED)).toEqual(listItemGaps(item, APPLICATION_BASED));
  });

  test('第十三条 (Art. 13): submission facts with no steps are refused', () => {
    const v = expectFailure(assertListComplete([{ ...submissionFactsOf(penalty()), stepCount: 0 }], APPLICATION_BASED), 'LIST_COMPLETE', 'steps');
    expect(v.message).toContain('缺少责任事项');
  });

  test('第十三条 (Art. 13): gap messages name what is missing', () => {
    expect(listItemGaps(power({ steps: [], serviceGuide: null }), APPLICATION_BASED)).toEqual([
      { item: 'XK-001', field: 'steps', message: '事项“排污许可”缺少责任事项' },
      { item: 'XK-001', field: 'serviceGuide', message: '事项“排污许可”缺少办事指南' },
    ]);
    expect(listItemGaps(penalty({ bases: [] }), APPLICATION_BASED)).toEqual([
      { item: 'CF-001', field: 'bases', message: '事项“对违法排污的处罚”的设定依据不完整' },
    ]);
  });
});

describe('LIST_COMPLETE (Art. 13)', () => {
  test('the rule cites 第十三条', () => {
    expect(ARTICLE.LIST_COMPLETE).toBe('第十三条');
  });

  test.each<{ title: string; powers: PowerFacts[] }>([
    { title: '第十三条 (Art. 13): a list of complete items is accepted', powers: [power(), penalty()] },
    { title: '第十三条 (Art. 13): incomplete cancelled or delegated items do not block submission', powers: [power(), penalty({ status: 'cancelled', steps: [] }), penalty({ status: 'delegated', bases: [] })] },
    { title: '第十三条 (Art. 13): undertaken and changed items count as active and may be complete', powers: [power({ status: 'undertaken' }), penalty({ status: 'changed' })] },
  ])('$title', ({ powers }) => {
    expectOk(assertListComplete(powers, APPLICATION_BASED));
  });

  test.each<{ title: string; powers: PowerFacts[]; expectField: string; says: string; count?: number }>([
    { title: '第十三条 (Art. 13): an empty list is refused', powers: [], expectField: 'items', says: '没有有效的职权事项' },
    { title: '第十三条 (Art. 13): a list of only cancelled and delegated items is refused', powers: [power({ status: 'cancelled' }), penalty({ status: 'delegated' })], expectField: 'items', says: '不能提交' },
    { title: '第十三条 (Art. 13): a licensing item without service guide is refused', powers: [power({ serviceGuide: null })], expectField: 'serviceGuide', says: '事项“排污许可”缺少办事指南等1处问题', count: 1 },
    { title: '第十三条 (Art. 13): an item without a basis is refused', powers: [penalty({ bases: [] })], expectField: 'bases', says: '的设定依据不完整', count: 1 },
    { title: '第十三条 (Art. 13): an undertaken item without accountabilities is refused', powers: [power({ status: 'undertaken', accountabilities: [] })], expectField: 'accountabilities', says: '缺少追责情形', count: 1 },
    {
      title: '第十三条 (Art. 13): gaps across items are counted and the first one is reported',
      powers: [power(), penalty({ type: '', steps: [] }), power({ code: 'XK-002', flowchart: null })], expectField: 'type', says: '缺少权力类型等3处问题', count: 3,
    },
  ])('$title', ({ powers, expectField, says, count }) => {
    const v = expectFailure(assertListComplete(powers, APPLICATION_BASED), 'LIST_COMPLETE', expectField);
    expect(v.message).toContain(says);
    expect(v.details?.length).toBe(count);
  });
});
