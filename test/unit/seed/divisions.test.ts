import { join } from 'path';
import { parseDivisions, readDivisions, type Division } from '../../../cms/src/seed/divisions';

const CSV = join(__dirname, '..', '..', '..', 'database', 'seed', 'nmg-divisions-2023.csv');
const HEADER = 'code,name,tier,parent_code';

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error: unknown) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('the official division list', () => {
  const divisions: Division[] = readDivisions(CSV);
  const count = (tier: Division['tier']): number => divisions.filter((d) => d.tier === tier).length;

  test('has 1 region, 12 leagues, 103 counties and 1,039 townships', () => {
    expect(count('region')).toBe(1);
    expect(count('league')).toBe(12);
    expect(count('county')).toBe(103);
    expect(count('township')).toBe(1039);
    expect(divisions).toHaveLength(1155);
  });

  test('the region is 内蒙古自治区 150000000000 without a parent', () => {
    expect(divisions[0]).toEqual({ code: '150000000000', name: '内蒙古自治区', tier: 'region', parentCode: null });
  });

  test('codes are unique and every parent is listed, one tier up', () => {
    const byCode = new Map(divisions.map((d) => [d.code, d]));
    expect(byCode.size).toBe(divisions.length);
    const up: Record<Division['tier'], Division['tier'] | null> = { region: null, league: 'region', county: 'league', township: 'county' };
    for (const d of divisions) {
      if (d.tier === 'region') continue;
      expect(d.parentCode).not.toBeNull();
      const parent = byCode.get(d.parentCode ?? '');
      expect(parent?.tier).toBe(up[d.tier]);
    }
  });

  test('every child code starts with the tier prefix of its parent', () => {
    const prefix: Record<Division['tier'], number> = { region: 2, league: 4, county: 6, township: 9 };
    const byCode = new Map(divisions.map((d) => [d.code, d]));
    for (const d of divisions) {
      const parent = d.parentCode ? byCode.get(d.parentCode) : undefined;
      if (parent) expect(d.code.startsWith(parent.code.slice(0, prefix[parent.tier]))).toBe(true);
    }
  });
});

describe('parseDivisions', () => {
  test('parses rows, trims cells and turns an empty parent into null', () => {
    expect(parseDivisions(`${HEADER}\n150000000000,内蒙古自治区,region,\n 150100000000 , 呼和浩特市 ,league,150000000000 \n`)).toEqual([
      { code: '150000000000', name: '内蒙古自治区', tier: 'region', parentCode: null },
      { code: '150100000000', name: '呼和浩特市', tier: 'league', parentCode: '150000000000' },
    ]);
  });

  test('accepts a byte-order mark, CRLF line ends and blank lines', () => {
    expect(parseDivisions(`\uFEFF${HEADER}\r\n\r\n150000000000,内蒙古自治区,region,\r\n`)).toHaveLength(1);
  });

  test('a header alone gives no divisions', () => {
    expect(parseDivisions(HEADER)).toEqual([]);
  });

  test('a bad header throws', () => {
    expect(errorOf(() => parseDivisions('code,name,level,parent\n150000000000,内蒙古自治区,region,')).message).toContain('unexpected divisions header');
  });

  test.each<{ title: string; line: string }>([
    { title: 'a short code', line: '15000000000,内蒙古自治区,region,' },
    { title: 'a code with letters', line: '15000000000X,内蒙古自治区,region,' },
    { title: 'an unknown tier', line: '150000000000,内蒙古自治区,province,' },
    { title: 'a missing name', line: '150000000000,,region,' },
    { title: 'a missing tier', line: '150000000000,内蒙古自治区' },
  ])('$title throws with the line number', ({ line }) => {
    const error = errorOf(() => parseDivisions(`${HEADER}\n150100000000,呼和浩特市,league,150000000000\n${line}`));
    expect(error.message).toContain('line 3');
    expect(error.message).toContain(line);
  });
});
