/** @jest-environment node */
// DOMAIN.md: staff keep their lists in Excel under varying headers; the importer must accept the
// common synonyms and the older type names, and read multi-entry cells the way lists write them.
import type { FieldSchema } from '../providers/types';
import { importTargets, mapHeaders, retarget, unknownHeaders } from './headerMapping';
import { parseAccountabilities, parseBasisCell, parseStepEntry, parseSteps, titleKey } from './cells';
import { splitEntries, splitNames } from './normalize';
import { booleanValue, dateValue, enumKey, powerStatusKey, powerTypeKey, tierKey } from './values';

const field = (name: string, label: string, type = 'string', extra: Partial<FieldSchema> = {}): FieldSchema => ({ name, label, type, required: false, personal: false, ...extra });

const powerFields: FieldSchema[] = [
  field('department', '实施主体', 'relation', { reference: 'departments' }),
  field('code', '事项编码'),
  field('name', '事项名称'),
  field('type', '权力类型', 'enumeration', { enum: ['licensing', 'penalty', 'coercion', 'other'] }),
  field('statutoryMin', '法定罚款下限', 'decimal'),
  field('bases', '依据', 'component', { repeatable: true, fields: [field('legalBasis', '法律法规', 'relation', { reference: 'legal-bases' })] }),
  field('riskPoints', '廉政风险点', 'component', { repeatable: true }),
];

const targetOf = (header: string, resource = 'powers', fields = powerFields) => mapHeaders([header], resource, fields)[0].target;

describe('DOMAIN.md header synonyms map to power fields', () => {
  test.each([
    ['事项名称', 'name'], ['权责事项名称', 'name'], ['权力事项名称', 'name'], ['职权名称', 'name'], ['权力名称', 'name'],
    ['权力类型', 'type'], ['权力类别', 'type'], ['职权类型', 'type'], ['事项类型', 'type'], ['类别', 'type'],
    ['设定依据', 'bases'], ['实施依据', 'bases'], ['法律依据', 'bases'], ['监管依据', 'bases'],
    ['实施主体', 'department'], ['行使主体', 'department'], ['责任主体', 'department'],
    ['承办机构', 'decomposition.agency'], ['承办科室', 'decomposition.agency'], ['责任科室', 'decomposition.agency'], ['内设机构', 'decomposition.agency'],
    ['追责情形', 'accountabilities'], ['问责情形', 'accountabilities'], ['责任追究情形', 'accountabilities'],
    ['事项编码', 'code'], ['编码', 'code'],
    ['子项', 'subItem'], ['行使层级', 'tier'], ['责任事项', 'steps'], ['追责依据', 'accountabilities.basis'],
    ['法定时限', 'legalTimeLimit'], ['承诺时限', 'promisedTimeLimit'], ['收费依据', 'feeBasis'],
    ['咨询电话', 'consultationPhone'], ['监督电话', 'supervisionPhone'], ['办事指南', 'serviceGuide'],
    ['运行流程图', 'flowchart'], ['状态', 'status'], ['备注', 'remarks'],
  ])('%s → %s', (header, target) => {
    expect(targetOf(header)).toBe(target);
  });

  test.each([
    [' 事项 名称 ', 'name', 'spaces inside and around'],
    ['事项名称\n', 'name', 'a line break in the header cell'],
    ['\u3000权力类型\u3000', 'type', 'ideographic spaces'],
    ['「事项名称」', 'name', 'corner brackets'],
    ['【权力类别】', 'type', 'lenticular brackets'],
    ['*事项编码', 'code', 'a required-column marker'],
    ['法定时限（工作日）', 'legalTimeLimit', 'a full-width bracketed qualifier'],
    ['承诺时限(工作日)', 'promisedTimeLimit', 'an ASCII bracketed qualifier'],
    ['承办机构（科室）', 'decomposition.agency', 'a qualifier naming the synonym'],
    ['ＣＯＤＥ', 'code', 'full-width latin letters of the field name'],
  ])('%j → %s (%s)', (header, target) => {
    expect(targetOf(header)).toBe(target);
  });

  test('a field an administrator added is matched by its schema label or name', () => {
    expect(targetOf('法定罚款下限')).toBe('statutoryMin');
    expect(targetOf('statutoryMin')).toBe('statutoryMin');
  });

  test('unknown headers are reported, numbering columns and blank headers are not', () => {
    const mapping = mapHeaders(['序号', '事项名称', '联系人', '', '自定义列'], 'powers', powerFields);
    expect(mapping.map((m) => m.status)).toEqual(['ignored', 'mapped', 'unknown', 'blank', 'unknown']);
    expect(unknownHeaders(mapping)).toEqual(['联系人', '自定义列']);
  });

  test('a second column for a single field is left unmapped and reported; bases may take several columns', () => {
    const mapping = mapHeaders(['事项编码', '编码', '设定依据', '实施依据'], 'powers', powerFields);
    expect(mapping.map((m) => m.target)).toEqual(['code', null, 'bases', 'bases']);
    expect(unknownHeaders(mapping)).toEqual(['编码']);
  });

  test('choosing a target for a column frees it from the column that had it', () => {
    const mapping = retarget(mapHeaders(['事项编码', '编码'], 'powers', powerFields), 1, 'code', 'powers');
    expect(mapping.map((m) => [m.target, m.status])).toEqual([[null, 'duplicate'], ['code', 'mapped']]);
  });

  test('the select offers the power targets and every schema field a cell can hold, not components', () => {
    const keys = importTargets('powers', powerFields).map((t) => t.key);
    expect(keys).toEqual(expect.arrayContaining(['name', 'accountabilities.basis', 'decomposition.agency', 'statutoryMin']));
    expect(keys).not.toContain('riskPoints');
  });
});

describe('other resources map by the schema', () => {
  const agencyFields = [field('name', '机构名称'), field('department', '所属部门', 'relation', { reference: 'departments' }), field('description', '说明', 'text')];
  test.each([['机构名称', 'name'], ['name', 'name'], ['所属部门', 'department'], [' 说 明 ', 'description'], ['事项名称', null]])('%s → %s', (header, target) => {
    expect(targetOf(header, 'agencies', agencyFields)).toBe(target);
  });

  test('translated labels of the current language are matched too', () => {
    expect(mapHeaders(['Agency name'], 'agencies', agencyFields, { name: 'Agency name' })[0].target).toBe('name');
  });
});

describe('power type names → keys (config/power-types.json, legacyNames)', () => {
  test.each([
    ['行政许可', 'licensing'], ['许可', 'licensing'], ['XK', 'licensing'], ['行政处罚', 'penalty'], ['CF', 'penalty'],
    ['行政强制', 'coercion'], ['行政强制措施', 'coercion'], ['行政强制执行', 'coercion'],
    ['行政备案', 'filing'], ['其他行政权力', 'other'], ['其他权力', 'other'], ['其他职权', 'other'], ['其他', 'other'],
    [' 行政 检查 ', 'inspection'], ['penalty', 'penalty'], ['行政审批', null],
  ])('%s → %s', (cell, key) => {
    expect(powerTypeKey(cell)).toBe(key);
  });
});

describe('status, tier and other values', () => {
  test.each([['有效', 'valid'], ['取消', 'cancelled'], ['下放', 'delegated'], ['承接', 'undertaken'], ['变更', 'changed'], ['作废', null]])('status %s → %s', (cell, key) => {
    expect(powerStatusKey(cell)).toBe(key);
  });
  test.each([['自治区', 'region'], ['盟市', 'league'], ['盟级', 'league'], ['旗县市区', 'county'], ['旗县（市、区）', 'county'], ['苏木乡镇', 'township'], ['省部级', null]])('tier %s → %s', (cell, key) => {
    expect(tierKey(cell)).toBe(key);
  });
  test('an enumeration accepts its stored value or its label', () => {
    const label = (v: string) => ({ high: '高', low: '低' })[v] ?? v;
    expect([enumKey('高', ['high', 'low'], label), enumKey('LOW', ['high', 'low'], label), enumKey('中', ['high', 'low'], label)]).toEqual(['high', 'low', null]);
  });
  test.each([['2024-1-5', '2024-01-05'], ['2024/01/05', '2024-01-05'], ['2024年1月5日', '2024-01-05'], ['2024-02-30', null], ['明天', null]])('date %s → %s', (cell, date) => {
    expect(dateValue(cell)).toBe(date);
  });
  test.each([['是', true], ['否', false], ['TRUE', true], ['也许', null]])('boolean %s → %s', (cell, value) => {
    expect(booleanValue(cell)).toBe(value);
  });
});

describe('basis cells: title + articles', () => {
  test.each([
    ['《中华人民共和国食品安全法》第一百二十四条', [{ title: '中华人民共和国食品安全法', articles: '第一百二十四条' }]],
    ['《中华人民共和国行政许可法》第十二条第一款、第十四条', [{ title: '中华人民共和国行政许可法', articles: '第十二条第一款、第十四条' }]],
    ['1.《食品安全法》第三十五条\n2.《食品经营许可管理办法》第二条', [{ title: '食品安全法', articles: '第三十五条' }, { title: '食品经营许可管理办法', articles: '第二条' }]],
    ['《A法》第十条；《B条例》第三条', [{ title: 'A法', articles: '第十条' }, { title: 'B条例', articles: '第三条' }]],
    ['《A法》第十条、《B条例》第三条', [{ title: 'A法', articles: '第十条' }, { title: 'B条例', articles: '第三条' }]],
    ['《A法》第十条：违反本法规定的，责令改正。', [{ title: 'A法', articles: '第十条', excerpt: '违反本法规定的，责令改正。' }]],
    ['食品安全法第一百二十四条', [{ title: '食品安全法', articles: '第一百二十四条' }]],
    ['《A法》', [{ title: 'A法', articles: '' }]],
    ['', []],
  ])('%j', (cell, citations) => {
    expect(parseBasisCell(cell)).toEqual(citations);
  });

  test('a cited title matches the stored one with or without the national prefix and spacing', () => {
    expect(titleKey('《食品安全法》')).toBe(titleKey('中华人民共和国 食品安全法'));
  });
});

describe('cells with several entries', () => {
  test.each([
    ['对符合条件的申请不予受理的\n对不符合条件的申请准予许可的', ['对符合条件的申请不予受理的', '对不符合条件的申请准予许可的']],
    ['1.不予受理；2.超越职权', ['不予受理', '超越职权']],
    ['（一）不予受理;(二)超越职权', ['不予受理', '超越职权']],
    ['一、不予受理\r\n\r\n二、超越职权', ['不予受理', '超越职权']],
    ['① 不予受理 ② 超越职权', ['不予受理', '超越职权']],
    ['罚款1.5倍以下', ['罚款1.5倍以下']],
    ['违反规定，情节严重的', ['违反规定，情节严重的']],
  ])('%j', (cell, entries) => {
    expect(splitEntries(cell)).toEqual(entries);
  });

  test('agency names also split on 、 and commas', () => {
    expect(splitNames('执法一科、执法二科，法制科')).toEqual(['执法一科', '执法二科', '法制科']);
  });

  test.each([
    ['受理责任：公示应当提交的材料', { step: '受理', content: '公示应当提交的材料' }],
    ['2.审查责任: 对申请材料进行审查', { step: '审查', content: '对申请材料进行审查' }],
    ['事后监管', { step: '事后监管' }],
    ['其他法律法规规章文件规定应履行的责任', { step: '其他法律法规规章文件规定应履行的责任' }],
  ])('step %j', (entry, step) => {
    expect(parseStepEntry(entry)).toEqual(step);
  });

  test('a steps cell gives one step per line', () => {
    expect(parseSteps('1.受理责任：公示\n2.审查责任：审查\n3.决定责任：作出决定').map((s) => s.step)).toEqual(['受理', '审查', '决定']);
  });

  test('situations pair with their bases line by line, or share one basis', () => {
    expect(parseAccountabilities('不予受理\n超越职权', '《A法》第七十二条\n《A法》第七十四条')).toEqual([
      { situation: '不予受理', basis: '《A法》第七十二条' },
      { situation: '超越职权', basis: '《A法》第七十四条' },
    ]);
    expect(parseAccountabilities('不予受理\n超越职权', '《A法》第七十二条')).toEqual([
      { situation: '不予受理', basis: '《A法》第七十二条' },
      { situation: '超越职权', basis: '《A法》第七十二条' },
    ]);
    expect(parseAccountabilities('不予受理', '')).toEqual([{ situation: '不予受理' }]);
  });
});
