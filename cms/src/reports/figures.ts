// Art. 7: a report is drafted from the system's own records of the year: lists published (Art. 13),
// power adjustments (Art. 10, 11), decomposition (Art. 11), assessments (Art. 23, 24), accountability
// (Art. 27, 28), training (Art. 6, 20), certified officers (Art. 19), major penalties (Art. 16) and
// 普法: published 普法责任清单 and 以案释法 cases (Art. 18).
// Read with the query engine inside the reporter's own area, so the report says the same whoever
// asks for it to be computed.
import type { Core, UID } from '@strapi/strapi';
import { regulationConfig, type ReportFigures } from '@nmg/config';
import { ACTIVE_POWER_STATUSES, type Reporter } from '../domain';
import { numOf, rowsOf, type Row } from '../util/row';

export interface ReporterArea {
  reporter: Reporter;
  name: string;
  /** For a government: the significant digits of its division code, which its whole area shares. */
  codePrefix: string | null;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** The where clause that puts a department inside the reporter's area. */
export const departmentWhere = (area: ReporterArea): Row =>
  area.reporter.kind === 'department' ? { documentId: area.reporter.id } : { government: { code: { $startsWith: area.codePrefix ?? '-' } } };

const yearRange = (year: number): { $gte: string; $lt: string } => ({ $gte: `${year}-01-01`, $lt: `${year + 1}-01-01` });

export async function computeFigures(strapi: Core.Strapi, area: ReporterArea, year: number, today: string): Promise<ReportFigures> {
  const count = async (uid: string, where: Row): Promise<number> => Number(await strapi.db.query(uid as UID.Schema).count({ where }));
  const rows = async (uid: string, where: Row, select: string[]): Promise<Row[]> => rowsOf(await strapi.db.query(uid as UID.Schema).findMany({ where, select }));
  const department = departmentWhere(area);
  const inYear = yearRange(year);
  const active = { department, status: { $in: [...ACTIVE_POWER_STATUSES] } };
  const activePowers = await count('api::power.power', active);
  const decomposedPowers = await count('api::power.power', { ...active, decomposition: { agency: { id: { $notNull: true } }, post: { id: { $notNull: true } } } });
  const targets: Row[] = [{ targetDepartment: department }, { targetAgency: { department } }, { targetOfficer: { department } }];
  if (area.reporter.kind === 'government') targets.push({ targetGovernment: { code: { $startsWith: area.codePrefix ?? '-' } } });
  const completed = [...new Set([...regulationConfig().assessment.completeStates, 'approved', 'published'])];
  const assessed = await rows('api::assessment.assessment', { year, state: { $in: completed }, $or: targets }, ['total']);
  const totals = assessed.map((r) => numOf(r, 'total')).filter((n): n is number => n !== null);
  const caseWhere = { $or: [{ department }, { officer: { department } }], createdAt: inYear };
  const training = await rows('api::training-record.training-record', { officer: { department }, date: inYear }, ['hours']);
  const filing = 'api::major-penalty-filing.major-penalty-filing';
  return {
    year,
    reporter: area.name,
    scope: area.reporter.kind,
    publishedLists: await count('api::responsibility-list.responsibility-list', { department, publicationDate: inYear, state: { $in: ['published', 'superseded', 'withdrawn'] } }),
    powerAdjustments: await count('api::power-adjustment.power-adjustment', { department, decidedAt: inYear, state: { $in: ['approved', 'applied'] } }),
    activePowers,
    decomposedPowers,
    decompositionShare: activePowers === 0 ? 0 : round1((decomposedPowers / activePowers) * 100),
    assessments: assessed.length,
    assessmentAverage: totals.length === 0 ? null : round1(totals.reduce((a, b) => a + b, 0) / totals.length),
    accountabilityCases: await count('api::accountability-case.accountability-case', caseWhere),
    accountabilityCorrected: await count('api::accountability-case.accountability-case', { ...caseWhere, state: { $in: ['corrected', 'closed'] } }),
    trainingSessions: training.length,
    trainingHours: round1(training.reduce((sum, r) => sum + (numOf(r, 'hours') ?? 0), 0)),
    certifiedOfficers: await count('api::officer.officer', { department, status: 'valid' }),
    majorPenalties: await count(filing, { department, decidedAt: inYear }),
    majorPenaltiesFiledLate: await count(filing, { department, decidedAt: inYear, filedLate: true }),
    majorPenaltiesUnfiledOverdue: await count(filing, { department, decidedAt: inYear, filedAt: { $null: true }, filingDeadline: { $lt: today } }),
    legalEducationLists: await count('api::legal-education-list.legal-education-list', { department, state: 'published', publishedOn: inYear }),
    caseInterpretations: await count('api::case-interpretation.case-interpretation', { department, state: 'published', publishedOn: inYear }),
    computedAt: new Date().toISOString(),
  };
}
