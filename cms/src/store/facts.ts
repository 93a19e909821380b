// Reads what the rules need from the database, inside the write's transaction, and maps it to the
// plain shapes of src/domain.
import type { Core } from '@strapi/strapi';
import { type OfficerFacts, type PostFacts, type PowerFacts } from '../domain';
import { asRow, isoDate, isRow, numOf, relId, rowsOf, strOf, type Row } from '../util/row';
import { postsHeldByActivePowers } from './department-facts';

export const POWER_POPULATE = {
  department: { select: ['documentId'] },
  adjustment: { populate: { department: { select: ['documentId'] }, power: { select: ['documentId'] } } },
  bases: { populate: { legalBasis: { select: ['documentId', 'title', 'status'] } } },
  steps: true,
  accountabilities: true,
  discretion: true,
  decomposition: {
    populate: {
      agency: { select: ['documentId'], populate: { department: { select: ['documentId'] } } },
      post: { select: ['documentId'], populate: { agency: { select: ['documentId'] } } },
    },
  },
} as const;

export function powerFacts(row: Row): PowerFacts {
  return {
    id: strOf(row, 'documentId') ?? '',
    code: strOf(row, 'code') ?? '',
    name: strOf(row, 'name') ?? '',
    type: strOf(row, 'type') ?? '',
    status: strOf(row, 'status') ?? 'valid',
    departmentId: relId(row, 'department'),
    bases: rowsOf(row.bases).map((b) => {
      const basis = asRow(b.legalBasis);
      return { legalBasisId: strOf(basis, 'documentId'), legalBasisTitle: strOf(basis, 'title'), legalBasisStatus: strOf(basis, 'status'), articles: strOf(b, 'articles') };
    }),
    steps: rowsOf(row.steps).map((s) => ({ step: strOf(s, 'step') ?? '' })),
    accountabilities: rowsOf(row.accountabilities).map((a) => ({ situation: strOf(a, 'situation') ?? '' })),
    serviceGuide: strOf(row, 'serviceGuide'),
    flowchart: strOf(row, 'flowchart'),
    statutoryMin: numOf(row, 'statutoryMin'),
    statutoryMax: numOf(row, 'statutoryMax'),
    discretion: rowsOf(row.discretion).map((d) => ({ level: numOf(d, 'level') ?? 0, penaltyKind: strOf(d, 'penaltyKind') ?? '', min: numOf(d, 'min'), max: numOf(d, 'max') })),
    decomposition: rowsOf(row.decomposition).map((d) => {
      const agency = asRow(d.agency);
      const post = asRow(d.post);
      return { agencyId: strOf(agency, 'documentId'), postId: strOf(post, 'documentId'), agencyDepartmentId: relId(agency, 'department'), postAgencyId: relId(post, 'agency') };
    }),
  };
}

export async function loadPower(strapi: Core.Strapi, documentId: string): Promise<Row | null> {
  const row: unknown = await strapi.db.query('api::power.power').findOne({ where: { documentId }, populate: POWER_POPULATE });
  return isRow(row) ? row : null;
}

export async function loadDepartmentPowers(strapi: Core.Strapi, departmentId: string): Promise<PowerFacts[]> {
  const rows: unknown = await strapi.db.query('api::power.power').findMany({ where: { department: { documentId: departmentId } }, populate: POWER_POPULATE, orderBy: { code: 'asc' } });
  return rowsOf(rows).map(powerFacts);
}

export function officerFacts(row: Row): OfficerFacts {
  return {
    id: strOf(row, 'documentId') ?? '',
    name: strOf(row, 'name') ?? '',
    status: strOf(row, 'status') ?? 'none',
    certificateNumber: strOf(row, 'certificateNumber'),
    certificateExpiresAt: isoDate(row.certificateExpiresAt),
  };
}

export async function loadPosts(strapi: Core.Strapi, where: Row): Promise<(PostFacts & { officers: OfficerFacts[] })[]> {
  const rows: unknown = await strapi.db.query('api::post.post').findMany({ where, populate: { officers: true }, orderBy: { id: 'asc' } });
  return rowsOf(rows).map((p) => {
    const officers = rowsOf(p.officers).map(officerFacts);
    return { id: strOf(p, 'documentId') ?? '', name: strOf(p, 'name') ?? '', responsibilities: strOf(p, 'responsibilities'), officerIds: officers.map((o) => o.id), officers };
  });
}

/** documentIds of the posts, among those given, that some active power is decomposed to (one statement). */
export const postsHoldingPowers = (strapi: Core.Strapi, postIds: string[]): Promise<Set<string>> => postsHeldByActivePowers(strapi, postIds);

export const today = (): string => new Date().toISOString().slice(0, 10);
