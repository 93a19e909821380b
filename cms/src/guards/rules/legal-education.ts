// 普法责任清单 and 以案释法 (Art. 18): the rule judges the stored record; the server sets the
// publication date, and a publication shows at once on the public API (its cache generation moves).
import type { Core } from '@strapi/strapi';
import { assertCaseInterpretation, assertEducationList, educationItemsOf } from '../../domain';
import { notePublicationChange } from '../../store/generation';
import { afterCommit } from '../../util/trx';
import { isoDate, isRow, numOf, relId, strOf, type Row } from '../../util/row';
import { enforce } from '../../store/errors';
import { today } from '../../store/facts';
import { changedFields } from '../../store/snapshot';
import type { RuleAdapter, WriteEvent } from './types';

export const EDUCATION_LIST = 'api::legal-education-list.legal-education-list';
export const CASE_INTERPRETATION = 'api::case-interpretation.case-interpretation';

/** publishedOn is the server's: set on publication, never taken from a client. */
function stampPublication({ actor, action, params, before }: WriteEvent): void {
  const data = isRow(params.data) ? params.data : null;
  if (!data || (action !== 'create' && action !== 'update')) return;
  if (actor.kind !== 'system') delete data.publishedOn;
  if (data.state === 'published' && strOf(before, 'state') !== 'published') data.publishedOn = today();
}

async function stored(strapi: Core.Strapi, uid: typeof EDUCATION_LIST | typeof CASE_INTERPRETATION, documentId: string): Promise<Row | null> {
  const populate: Row = { department: { select: ['documentId'] }, ...(uid === EDUCATION_LIST ? { items: true } : {}) };
  const row: unknown = await strapi.db.query(uid).findOne({ where: { documentId }, populate });
  return isRow(row) ? row : null;
}

async function published(strapi: Core.Strapi, row: Row, before: Row | null): Promise<void> {
  if (strOf(row, 'state') === 'published' && strOf(before, 'state') !== 'published') await afterCommit(strapi, notePublicationChange);
}

const frozenFacts = (action: string, before: Row | null, row: Row | null, after: Row | null) => ({
  action,
  stateBefore: strOf(before, 'state'),
  stateAfter: strOf(row, 'state'),
  changedFields: before && after ? changedFields(before, after) : [],
});

export const educationListRules: RuleAdapter = {
  async before(event) {
    const { action, before } = event;
    if (action === 'delete') {
      enforce(assertEducationList({ ...frozenFacts(action, before, null, null), items: [], sameYearExists: false }));
      return;
    }
    stampPublication(event);
  },
  async after({ strapi, action, documentId, before, after }) {
    if (action === 'delete' || !after) return;
    const row = await stored(strapi, EDUCATION_LIST, documentId);
    if (!row) return;
    const department = relId(row, 'department');
    const sameYear = department
      ? Number(await strapi.db.query(EDUCATION_LIST).count({ where: { department: { documentId: department }, year: numOf(row, 'year'), documentId: { $ne: documentId } } }))
      : 0;
    enforce(assertEducationList({ ...frozenFacts(action, before, row, after), items: educationItemsOf(row.items), sameYearExists: sameYear > 0 }));
    await published(strapi, row, before);
  },
};

export const caseInterpretationRules: RuleAdapter = {
  async before(event) {
    const { action, before } = event;
    if (action === 'delete') {
      enforce(assertCaseInterpretation({ ...frozenFacts(action, before, null, null), lawExplained: null, legalBasis: null, caseDate: null, today: today() }));
      return;
    }
    stampPublication(event);
  },
  async after({ strapi, action, documentId, before, after }) {
    if (action === 'delete' || !after) return;
    const row = await stored(strapi, CASE_INTERPRETATION, documentId);
    if (!row) return;
    enforce(assertCaseInterpretation({
      ...frozenFacts(action, before, row, after),
      lawExplained: strOf(row, 'lawExplained'), legalBasis: strOf(row, 'legalBasis'), caseDate: isoDate(row.caseDate), today: today(),
    }));
    await published(strapi, row, before);
  },
};
