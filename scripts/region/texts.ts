// Chinese vocabulary of the region-scale data set: department names of a government's enforcement
// departments, and the pieces that item names, accountability situations and legal bases are made
// of. Taken from published lists (DOMAIN.md); the combinations are synthetic but read like real ones.

/** Enforcement departments, most common first: a government with n departments has the first n (the
 * justice department every government already has is not among them). */
export const DEPARTMENTS: readonly string[] = [
  '市场监督管理局', '生态环境局', '自然资源局', '住房和城乡建设局', '交通运输局', '农牧局', '水利局', '应急管理局',
  '卫生健康委员会', '文化和旅游局', '教育局', '公安局', '民政局', '人力资源和社会保障局', '林业和草原局', '商务局',
  '财政局', '税务局', '统计局', '医疗保障局', '退役军人事务局', '城市管理综合行政执法局', '发展和改革委员会',
  '工业和信息化局', '科学技术局', '审计局', '体育局', '能源局', '粮食和物资储备局', '地震局', '气象局', '人民防空办公室',
  '档案局', '保密局', '民族事务委员会', '宗教事务局', '国防动员办公室', '消防救援支队', '烟草专卖局', '邮政管理局',
  '文物局', '广播电视局', '新闻出版局', '网信办',
];

/** The department every government has and whose list is the largest (DOMAIN.md: 1,000–1,500 items). */
export const MARKET = '市场监督管理局';

export const SUBJECTS: readonly string[] = [
  '食品生产经营者', '药品经营企业', '医疗器械经营企业', '特种设备使用单位', '建设单位', '施工单位', '道路运输经营者',
  '排污单位', '矿山企业', '危险化学品经营单位', '旅行社', '网络交易平台经营者', '加油站经营者', '草原使用者',
  '林木采伐单位', '水资源取用单位', '娱乐场所', '民办学校', '医疗机构', '房地产开发企业', '物业服务企业',
  '出租汽车经营者', '畜禽养殖场', '种子生产经营者', '农药经营者', '兽药经营企业', '烟花爆竹经营单位', '燃气经营企业',
];

export const VIOLATIONS: readonly string[] = [
  '未取得许可擅自从事经营活动', '未按规定建立并执行进货查验记录制度', '擅自改变登记事项', '拒绝、阻碍监督检查',
  '未按规定公示有关信息', '伪造、涂改、出租、出借许可证件', '超出核定范围从事经营活动', '未按规定开展自行检测',
  '违反安全生产管理规定', '未按规定报送统计资料', '未落实环境影响评价制度', '违法排放污染物', '擅自占用草原',
  '未按规定办理变更手续', '销售不符合标准的产品', '发布虚假广告', '未经验收擅自投入使用', '隐瞒有关情况或者提供虚假材料',
  '未按规定保存原始记录', '不按规定配备专业技术人员', '擅自停业或者歇业', '未按规定缴纳有关费用',
];

/** Names of application-based and other items, by type (the name is built as prefix + subject). */
export const OTHER_NAMES: Record<string, readonly string[]> = {
  licensing: ['经营许可', '生产许可', '从业资格认定', '设立审批', '施工许可', '取水许可'],
  confirmation: ['登记', '资格确认', '等级评定'],
  adjudication: ['权属争议裁决', '侵权纠纷裁决'],
  payment: ['补助金发放', '抚恤金给付'],
  reward: ['先进单位表彰', '举报奖励'],
  filing: ['备案', '变更备案'],
  inspection: ['监督检查', '专项检查', '随机抽查'],
  coercion: ['查封、扣押有关场所和物品', '责令暂停相关营业'],
  levy: ['排污费征收', '水资源费征收'],
  other: ['行政指导', '信用等级评价'],
};

/** Typical accountability situations per responsibility template (DOMAIN.md, Art. 27, 28). */
export const ACCOUNTABILITY: Record<string, readonly string[]> = {
  application: ['对符合法定条件的申请不予受理、不予许可或者不在法定期限内作出决定的', '对不符合法定条件的申请人准予许可的', '未一次告知申请人必须补正的全部内容的', '索取或者收受他人财物或者谋取其他利益的'],
  penalty: ['没有法定依据或者不遵守法定程序实施行政处罚的', '擅自改变行政处罚种类、幅度的', '应当举行听证而未举行听证的', '以罚代刑，依法应当移交司法机关追究刑事责任而不移交的'],
  coercion: ['没有法律、法规依据实施行政强制的', '违反法定程序实施行政强制的', '使用或者损毁查封、扣押场所、设施或者财物的'],
  inspection: ['没有法律依据实施检查的', '超越职权、违反法定程序或者时限实施检查的', '检查中对被检查对象造成损害的'],
  levy: ['违法征收或者擅自减免的', '截留、挪用征收款项的', '不依法履行征收职责的'],
};

/** Basis of the accountability situations, by template. */
export const ACCOUNTABILITY_BASIS: Record<string, string> = {
  application: '《中华人民共和国行政许可法》第七十二条、第七十四条',
  penalty: '《中华人民共和国行政处罚法》第七十六条、第八十二条',
  coercion: '《中华人民共和国行政强制法》第六十一条、第六十二条',
  inspection: '《内蒙古自治区行政执法责任制规定》第二十七条',
  levy: '《内蒙古自治区行政执法责任制规定》第二十八条',
};

/** Fields of legal bases: titles are field + form (+ a year for the rest), all in force. */
export const LAW_FIELDS: readonly string[] = [
  '食品安全', '药品管理', '产品质量', '特种设备安全', '建筑市场管理', '道路运输', '大气污染防治', '水污染防治', '草原保护',
  '森林保护', '水资源管理', '安全生产', '危险化学品安全管理', '旅游管理', '电子商务', '广告管理', '城乡规划', '物业管理',
  '畜牧管理', '种子管理', '农药管理', '兽药管理', '燃气管理', '消防管理', '统计管理', '文物保护', '教育督导', '医疗机构管理',
  '计量管理', '标准化管理', '价格管理', '野生动物保护', '土地管理', '矿产资源管理', '气象灾害防御', '民办教育促进',
];

export const LAW_FORMS: readonly { form: string; level: string; body: string }[] = [
  { form: '条例', level: 'local-regulation', body: '内蒙古自治区人民代表大会常务委员会' },
  { form: '办法', level: 'government-rule', body: '内蒙古自治区人民政府' },
  { form: '实施办法', level: 'government-rule', body: '内蒙古自治区人民政府' },
  { form: '管理规定', level: 'government-rule', body: '内蒙古自治区人民政府' },
  { form: '实施条例', level: 'administrative-regulation', body: '国务院' },
];

export const AGENCIES: readonly { agency: string; post: string; responsibilities: string }[] = [
  { agency: '综合行政执法大队', post: '执法办案岗', responsibilities: '负责本岗位承担的检查和处罚案件办理，对办理结果承担直接责任。' },
  { agency: '行政审批和法制科', post: '审核审批岗', responsibilities: '负责许可、确认等依申请事项的审查和案件的法制审核，对审核意见承担责任。' },
];

export const OFFICER_SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程苏魏吕丁任沈姚卢';
export const OFFICER_GIVEN = ['海军', '志强', '建华', '秀英', '桂兰', '巴特尔', '乌云', '其木格', '图门', '高娃', '敖日格乐', '萨仁', '宝音', '娜仁', '晓东', '丽娟', '文斌', '春梅', '永刚', '雅琴'];
