// So that a fresh `npm start` shows Art. 17 and 18 at work: the county market bureau's 首违不罚 entry
// on one of its penalty items (published with its next list version), its published 普法责任清单 of
// last year and one published 以案释法 case. Written as the server, so the rules still run.
import type { Core } from '@strapi/strapi';
import { asRow, strOf } from '../util/row';

export async function seedEducationDemo(strapi: Core.Strapi, departmentId: string, year: number): Promise<void> {
  const penalty = strOf(asRow(await strapi.db.query('api::power.power').findOne({ where: { department: { documentId: departmentId }, type: 'penalty', status: 'valid' }, select: ['documentId'] })), 'documentId');
  if (penalty) {
    await strapi.documents('api::guidance-measure.guidance-measure').create({
      data: {
        department: departmentId, power: penalty, kind: 'first-offence-exemption', title: '食品标签瑕疵首违不罚',
        content: '首次发现食品标签存在不影响食品安全且不会对消费者造成误导的瑕疵，当事人及时改正的，不予行政处罚，予以批评教育并督促整改。',
        conditions: '初次违法；危害后果轻微；及时改正。', basis: '《中华人民共和国行政处罚法》第三十三条第一款；《中华人民共和国食品安全法》第一百二十五条第二款',
      },
    });
  }
  await strapi.documents('api::legal-education-list.legal-education-list').create({
    data: {
      department: departmentId, year, title: `锡林浩特市市场监督管理局${year}年度普法责任清单`, state: 'published',
      items: [
        { content: '《中华人民共和国食品安全法》及其实施条例', targets: '食品生产经营者、学校食堂负责人', means: '上门宣讲、发放明白纸、以案释法', period: '全年，每季度不少于一次' },
        { content: '《中华人民共和国消费者权益保护法》', targets: '社会公众、个体工商户', means: '“3·15”集中宣传、微信公众号', period: '3月、9月' },
      ],
    },
  });
  await strapi.documents('api::case-interpretation.case-interpretation').create({
    data: {
      department: departmentId, title: '超市销售超过保质期食品被处罚案', state: 'published', caseDate: `${year}-06-12`,
      caseSummary: '执法人员检查发现，某超市货架上摆放的3袋酸奶已超过保质期，仍在销售。',
      lawExplained: '食品经营者应当按照保证食品安全的要求贮存食品，定期检查库存，及时清理变质或者超过保质期的食品。销售超过保质期的食品，即使数量少、未造成损害，也应依法承担责任。',
      legalBasis: '《中华人民共和国食品安全法》第五十四条、第一百二十四条第一款第（五）项',
    },
  });
}
