// Reads an accountability case with the organisations its rules need, inside the write's transaction.
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { caseTitle, type CaseParties } from '../domain';
import { asRow, isRow, relId, strOf, type Row } from '../util/row';

export const CASE = 'api::accountability-case.accountability-case';

/** The code prefix of a government's area, e.g. '1525' for a league (config/tiers.json). */
export function areaPrefix(code: string, tier: string | null): string {
  const length = regulationConfig().tiers.find((t) => t.key === tier)?.codePrefixLength ?? code.length;
  return code.slice(0, length);
}

export async function loadCase(strapi: Core.Strapi, documentId: string): Promise<Row | null> {
  const row: unknown = await strapi.db.query(CASE).findOne({
    where: { documentId },
    populate: {
      department: { select: ['documentId', 'name'], populate: { government: { select: ['documentId', 'code'] } } },
      officer: { select: ['documentId', 'name'], populate: { department: { select: ['documentId'] } } },
      supervisingGovernment: { select: ['documentId', 'code', 'tier'] },
    },
  });
  return isRow(row) ? row : null;
}

export function caseParties(row: Row): CaseParties {
  const department = asRow(row.department);
  const officer = asRow(row.officer);
  const supervising = asRow(row.supervisingGovernment);
  const supervisingCode = strOf(supervising, 'code');
  return {
    subjectKind: strOf(row, 'subjectKind') ?? '',
    department: department ? { id: String(department.documentId), governmentCode: strOf(asRow(department.government), 'code') } : null,
    officer: officer ? { id: String(officer.documentId), departmentId: relId(officer, 'department') } : null,
    supervisingGovernment: supervising && supervisingCode ? { id: String(supervising.documentId), codePrefix: areaPrefix(supervisingCode, strOf(supervising, 'tier')) } : null,
  };
}

/** The case's name (Art. 31: picked by subject and date, never by id), from the loaded case. */
export function caseTitleOf(row: Row): string {
  const subject = strOf(row, 'subjectKind') === 'officer' ? asRow(row.officer) : asRow(row.department);
  const measure = regulationConfig().accountability.measures.find((m) => m.key === strOf(row, 'measure'));
  const created = row.createdAt instanceof Date ? row.createdAt.toISOString() : strOf(row, 'createdAt');
  return caseTitle({ subjectName: strOf(subject, 'name'), measureName: measure?.name ?? null, openedOn: created ? created.slice(0, 10) : null });
}
