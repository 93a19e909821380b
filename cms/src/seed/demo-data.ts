// Demo data: legal bases, the region catalogue, and departments of 锡林郭勒盟 and two of its
// counties, each broken down to agencies, posts and certified officers (figures are illustrative).

export const REGION = '150000000000';
export const LEAGUE = '152500000000';
export const COUNTY = '152502000000';
export const SECOND_COUNTY = '152501000000';

export interface LegalBasisSeed {
  key: string;
  title: string;
  level: string;
  issuingBody: string;
  documentNumber: string;
  promulgatedAt: string;
  effectiveAt: string;
  status: string;
  articles: { number: string; text: string }[];
}

export const LEGAL_BASES: LegalBasisSeed[] = [
  { key: 'penalty-law', title: '中华人民共和国行政处罚法', level: 'law', issuingBody: '全国人民代表大会常务委员会', documentNumber: '主席令第七十号', promulgatedAt: '2021-01-22', effectiveAt: '2021-07-15', status: 'in-force', articles: [{ number: '第三十四条', text: '行政机关可以依法制定行政处罚裁量基准，规范行使行政处罚裁量权。' }, { number: '第五十八条', text: '有下列情形之一，在行政机关负责人作出行政处罚的决定之前，应当由从事行政处罚决定法制审核的人员进行法制审核。' }] },
  { key: 'licensing-law', title: '中华人民共和国行政许可法', level: 'law', issuingBody: '全国人民代表大会常务委员会', documentNumber: '主席令第二十九号', promulgatedAt: '2019-04-23', effectiveAt: '2019-04-23', status: 'in-force', articles: [{ number: '第三十二条', text: '行政机关对申请人提出的行政许可申请，应当根据下列情况分别作出处理。' }] },
  { key: 'food-safety-law', title: '中华人民共和国食品安全法', level: 'law', issuingBody: '全国人民代表大会常务委员会', documentNumber: '主席令第二十一号', promulgatedAt: '2015-04-24', effectiveAt: '2015-10-01', status: 'in-force', articles: [{ number: '第三十五条', text: '国家对食品生产经营实行许可制度。' }, { number: '第一百一十条', text: '县级以上人民政府食品安全监督管理部门履行食品安全监督管理职责，有权采取下列措施。' }, { number: '第一百二十四条', text: '违反本法规定，有下列情形之一，尚不构成犯罪的，由县级以上人民政府食品安全监督管理部门没收违法所得……并处罚款。' }] },
  { key: 'product-quality-law', title: '中华人民共和国产品质量法', level: 'law', issuingBody: '全国人民代表大会常务委员会', documentNumber: '主席令第二十二号', promulgatedAt: '2018-12-29', effectiveAt: '2018-12-29', status: 'in-force', articles: [{ number: '第四十九条', text: '生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的，责令停止生产、销售……并处罚款。' }] },
  { key: 'air-law', title: '中华人民共和国大气污染防治法', level: 'law', issuingBody: '全国人民代表大会常务委员会', documentNumber: '主席令第十六号', promulgatedAt: '2018-10-26', effectiveAt: '2018-10-26', status: 'in-force', articles: [{ number: '第二十九条', text: '生态环境主管部门及其环境执法机构和其他负有大气环境保护监督管理职责的部门，有权通过现场检查监测等方式对排放大气污染物的企业事业单位和其他生产经营者进行监督检查。' }, { number: '第九十九条', text: '超过大气污染物排放标准或者超过重点大气污染物排放总量控制指标排放大气污染物的，责令改正或者限制生产、停产整治，并处十万元以上一百万元以下的罚款。' }] },
  { key: 'road-transport-regulation', title: '中华人民共和国道路运输条例', level: 'administrative-regulation', issuingBody: '国务院', documentNumber: '国务院令第406号', promulgatedAt: '2004-04-30', effectiveAt: '2004-07-01', status: 'in-force', articles: [{ number: '第十条', text: '申请从事客运经营的，应当依法向市场监督管理部门办理有关登记手续后，按照下列规定提出申请并提交符合本条例规定条件的相关材料。' }, { number: '第六十三条', text: '未取得道路运输经营许可，擅自从事道路普通货物运输经营的，由县级以上地方人民政府交通运输主管部门责令停止经营……处罚款。' }] },
  { key: 'supervision-regulation', title: '内蒙古自治区行政执法监督条例', level: 'local-regulation', issuingBody: '内蒙古自治区人民代表大会常务委员会', documentNumber: '', promulgatedAt: '2020-09-24', effectiveAt: '2021-01-01', status: 'in-force', articles: [{ number: '第九条', text: '行政执法部门应当按照规定梳理行政执法依据，编制权责清单。' }] },
  { key: 'food-hygiene-law', title: '中华人民共和国食品卫生法', level: 'law', issuingBody: '全国人民代表大会常务委员会', documentNumber: '主席令第五十九号', promulgatedAt: '1995-10-30', effectiveAt: '1995-10-30', status: 'repealed', articles: [{ number: '第四十条', text: '（已废止）' }] },
];

export type Domain = 'market' | 'ecology' | 'transport';

export interface CatalogueSeed {
  code: string;
  name: string;
  type: string;
  domain: Domain;
  basis: { key: string; articles: string };
  post: string;
  legalReviewPost?: string;
  statutory?: [number, number];
}

export const CATALOGUE: CatalogueSeed[] = [
  { code: 'SC-XK-001', name: '食品经营许可', type: 'licensing', domain: 'market', basis: { key: 'food-safety-law', articles: '第三十五条' }, post: '食品经营许可岗' },
  { code: 'SC-JC-001', name: '对食品生产经营者的监督检查', type: 'inspection', domain: 'market', basis: { key: 'food-safety-law', articles: '第一百一十条' }, post: '食品安全检查岗' },
  { code: 'SC-QZ-001', name: '查封、扣押不符合食品安全标准的食品', type: 'coercion', domain: 'market', basis: { key: 'food-safety-law', articles: '第一百一十条' }, post: '食品安全检查岗' },
  { code: 'SC-CF-001', name: '对生产经营不符合食品安全标准的食品的行政处罚', type: 'penalty', domain: 'market', basis: { key: 'food-safety-law', articles: '第一百二十四条' }, post: '案件办理岗', legalReviewPost: '法制审核岗', statutory: [50000, 100000] },
  { code: 'SC-CF-002', name: '对生产、销售不符合保障人体健康和人身、财产安全标准的产品的行政处罚', type: 'penalty', domain: 'market', basis: { key: 'product-quality-law', articles: '第四十九条' }, post: '案件办理岗', legalReviewPost: '法制审核岗', statutory: [10000, 300000] },
  { code: 'HJ-JC-001', name: '对排放大气污染物的企业事业单位的现场检查', type: 'inspection', domain: 'ecology', basis: { key: 'air-law', articles: '第二十九条' }, post: '监测检查岗' },
  { code: 'HJ-CF-001', name: '对超标排放大气污染物的行政处罚', type: 'penalty', domain: 'ecology', basis: { key: 'air-law', articles: '第九十九条' }, post: '案件办理岗', legalReviewPost: '法制审核岗', statutory: [100000, 1000000] },
  { code: 'JT-XK-001', name: '道路旅客运输经营许可', type: 'licensing', domain: 'transport', basis: { key: 'road-transport-regulation', articles: '第十条' }, post: '许可审批岗' },
  { code: 'JT-CF-001', name: '对未取得道路运输经营许可擅自从事道路运输经营的行政处罚', type: 'penalty', domain: 'transport', basis: { key: 'road-transport-regulation', articles: '第六十三条' }, post: '案件办理岗', legalReviewPost: '法制审核岗', statutory: [10000, 100000] },
];

export const AGENCIES: Record<Domain, { name: string; posts: string[] }[]> = {
  market: [
    { name: '食品安全监督管理科', posts: ['食品经营许可岗', '食品安全检查岗'] },
    { name: '执法稽查大队', posts: ['案件办理岗', '法制审核岗'] },
  ],
  ecology: [
    { name: '大气环境管理科', posts: ['监测检查岗'] },
    { name: '生态环境综合执法支队', posts: ['案件办理岗', '法制审核岗'] },
  ],
  transport: [
    { name: '运输管理科', posts: ['许可审批岗'] },
    { name: '交通运输综合执法大队', posts: ['案件办理岗', '法制审核岗'] },
  ],
};

export const DEMO_DEPARTMENTS: { government: string; name: string; domain: Domain }[] = [
  { government: REGION, name: '内蒙古自治区市场监督管理局', domain: 'market' },
  { government: LEAGUE, name: '锡林郭勒盟市场监督管理局', domain: 'market' },
  { government: LEAGUE, name: '锡林郭勒盟生态环境局', domain: 'ecology' },
  { government: LEAGUE, name: '锡林郭勒盟交通运输局', domain: 'transport' },
  { government: COUNTY, name: '锡林浩特市市场监督管理局', domain: 'market' },
  { government: COUNTY, name: '锡林浩特市交通运输局', domain: 'transport' },
  { government: SECOND_COUNTY, name: '二连浩特市市场监督管理局', domain: 'market' },
];

export const OFFICER_NAMES = ['巴特尔', '其木格', '王海军', '李慧敏', '苏日娜', '张建国', '乌云达来', '刘晓东', '娜仁花', '陈志强', '额尔敦', '赵丽娟', '包金山', '孙立伟', '萨仁', '周明', '哈斯', '吴凤英'];

export const ACCOUNTABILITY: Record<string, string[]> = {
  licensing: ['对符合法定条件的申请不予受理、不予许可或者不在法定期限内作出决定的', '对不符合法定条件的申请人准予许可的', '未一次告知申请人必须补正的全部内容的', '索取或者收受他人财物或者谋取其他利益的'],
  penalty: ['没有法定依据或者不遵守法定程序实施行政处罚的', '擅自改变行政处罚种类、幅度的', '应当举行听证而未举行听证的', '以罚代刑，依法应当移交司法机关追究刑事责任而不移交的'],
  coercion: ['没有法律、法规依据实施行政强制的', '违反法定程序实施行政强制的', '使用或者损毁查封、扣押场所、设施或者财物的'],
  inspection: ['没有法律依据实施检查的', '超越职权、违反法定程序或者时限实施检查的', '检查中对被检查对象造成损害的'],
};

export const DEMO_PASSWORD = 'Demo@2026!';
export const DEMO_ADMIN = { email: 'admin@nmg.gov.cn.local', password: 'Admin@2026!', firstname: '系统', lastname: '管理员' };
