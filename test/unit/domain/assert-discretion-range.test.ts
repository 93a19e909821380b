import { ARTICLE, assertDiscretionRange, type DiscretionFacts, type DiscretionInput } from '../../../cms/src/domain';
import { expectFailure, expectOk } from './expect-rule';

const band = (level: number, min: number | null, max: number | null, penaltyKind = '罚款'): DiscretionFacts => ({ level, penaltyKind, min, max });
const input = (o: Partial<DiscretionInput> = {}): DiscretionInput => ({
  statutoryMin: 1000,
  statutoryMax: 10000,
  discretion: [band(1, 1000, 3000), band(2, 3000, 6000), band(3, 6000, 10000)],
  ...o,
});

describe('DISCRETION_RANGE (Art. 15)', () => {
  test('the rule cites 第十五条', () => {
    expect(ARTICLE.DISCRETION_RANGE).toBe('第十五条');
  });

  test.each<{ title: string; i: DiscretionInput }>([
    { title: '第十五条 (Art. 15): ordered, touching bands inside the statutory range are accepted', i: input() },
    { title: '第十五条 (Art. 15): bands with gaps between them are accepted', i: input({ discretion: [band(1, 1000, 2000), band(2, 2500, 5000), band(3, 8000, 10000)] }) },
    { title: '第十五条 (Art. 15): a power without discretion bands is accepted', i: input({ discretion: [] }) },
    { title: '第十五条 (Art. 15): a fixed statutory amount (min = max) is accepted', i: input({ statutoryMin: 5000, statutoryMax: 5000, discretion: [band(1, 5000, 5000)] }) },
    { title: '第十五条 (Art. 15): without statutory bounds only the bands themselves are checked', i: input({ statutoryMin: null, statutoryMax: null, discretion: [band(1, 0, 50000), band(2, 50000, 200000)] }) },
    { title: '第十五条 (Art. 15): open-ended bands are accepted', i: input({ discretion: [band(1, null, 3000), band(2, 3000, null)] }) },
    {
      title: '第十五条 (Art. 15): each penalty kind is ordered on its own, even interleaved',
      i: input({ discretion: [band(1, 1000, 5000), band(1, null, null, '警告'), band(2, 5000, 10000), band(2, null, null, '警告')] }),
    },
    {
      title: '第十五条 (Art. 15): different penalty kinds may overlap each other',
      i: input({ discretion: [band(1, 1000, 8000), band(1, 1000, 8000, '没收违法所得'), band(2, 8000, 10000)] }),
    },
  ])('$title', ({ i }) => {
    expectOk(assertDiscretionRange(i));
  });

  test.each<{ title: string; i: DiscretionInput; expectField: string; says: string }>([
    { title: '第十五条 (Art. 15): a statutory minimum above the maximum is refused', i: input({ statutoryMin: 20000 }), expectField: 'statutoryMin', says: '法定幅度下限（20000）大于上限（10000）' },
    { title: '第十五条 (Art. 15): a band whose minimum exceeds its maximum is refused', i: input({ discretion: [band(1, 1000, 3000), band(2, 6000, 4000)] }), expectField: 'discretion.1.min', says: '第2档裁量幅度下限（6000）大于上限（4000）' },
    { title: '第十五条 (Art. 15): a band below the statutory minimum is refused', i: input({ discretion: [band(1, 500, 3000)] }), expectField: 'discretion.0.min', says: '第1档裁量幅度下限（500）低于法定幅度下限（1000）' },
    { title: '第十五条 (Art. 15): a band above the statutory maximum is refused', i: input({ discretion: [band(1, 1000, 3000), band(2, 3000, 6000), band(3, 6000, 12000)] }), expectField: 'discretion.2.max', says: '第3档裁量幅度上限（12000）超出法定幅度上限（10000）' },
    { title: '第十五条 (Art. 15): levels listed heavy before light are refused', i: input({ discretion: [band(2, 3000, 6000), band(1, 1000, 3000)] }), expectField: 'discretion.1.level', says: '“罚款”的裁量档次须按从轻到重依次排列，第1档不应排在第2档之后' },
    { title: '第十五条 (Art. 15): a repeated level is refused', i: input({ discretion: [band(1, 1000, 3000), band(1, 3000, 6000)] }), expectField: 'discretion.1.level', says: '从轻到重依次排列' },
    {
      title: '第十五条 (Art. 15): a level out of order within one kind is found among interleaved kinds',
      i: input({ discretion: [band(1, 1000, 3000), band(1, null, null, '警告'), band(1, 3000, 6000)] }), expectField: 'discretion.2.level', says: '第1档不应排在第1档之后',
    },
    { title: '第十五条 (Art. 15): a band starting before the previous one ends is refused', i: input({ discretion: [band(1, 1000, 4000), band(2, 3000, 6000)] }), expectField: 'discretion.1.min', says: '“罚款”第2档幅度（自3000）与第1档（至4000）重叠' },
    {
      title: '第十五条 (Art. 15): a band starting below an open-ended lighter band is refused',
      i: input({ discretion: [band(1, 5000, null), band(2, 2000, 4000)] }), expectField: 'discretion.1.min', says: '“罚款”第2档幅度低于第1档，档次须从轻到重',
    },
  ])('$title', ({ i, expectField, says }) => {
    expect(expectFailure(assertDiscretionRange(i), 'DISCRETION_RANGE', expectField).message).toContain(says);
  });
});
