// Clarifications (Art. 31): the officer's own department clears a falsely reported officer's name;
// publication needs the public statement (and a linked case ended without a measure), and what was
// published stays as published. The publication date is set here, by the server.
import { assertClarification, type ClarificationFacts } from '../../domain';
import { asRow, isRow, relId, strOf, type Row } from '../../util/row';
import { enforce } from '../../store/errors';
import { today } from '../../store/facts';
import { changedFields } from '../../store/snapshot';
import { notePublicationChange } from '../../store/generation';
import { afterCommit } from '../../util/trx';
import type { RuleAdapter } from './types';

export const CLARIFICATION = 'api::clarification.clarification';

export const clarificationRules: RuleAdapter = {
  async before({ actor, action, params, before }) {
    const data = isRow(params.data) ? params.data : null;
    if (action === 'delete') {
      enforce(assertClarification(facts(action, before, null, null, [])));
      return;
    }
    if (!data || (action !== 'create' && action !== 'update')) return;
    if (actor.kind !== 'system') delete data.publishedOn;
    if (data.state === 'published' && strOf(before, 'state') !== 'published') data.publishedOn = today();
  },

  async after({ strapi, action, documentId, before, after }) {
    if (action === 'delete' || !after) return;
    const row: unknown = await strapi.db.query(CLARIFICATION).findOne({
      where: { documentId },
      populate: {
        department: { select: ['documentId'] },
        officer: { select: ['documentId'], populate: { department: { select: ['documentId'] } } },
        accountabilityCase: { select: ['documentId', 'subjectKind', 'state'], populate: { officer: { select: ['documentId'] } } },
      },
    });
    if (!isRow(row)) return;
    const changed = before ? changedFields(before, after) : [];
    enforce(assertClarification(facts(action, before, row, asRow(row.accountabilityCase), changed)));
    // The public API's cached answers are keyed by publication generation: a new publication shows at once.
    if (strOf(row, 'state') === 'published' && strOf(before, 'state') !== 'published') await afterCommit(strapi, notePublicationChange);
  },
};

function facts(action: string, before: Row | null, row: Row | null, linked: Row | null, changed: string[]): ClarificationFacts {
  return {
    action,
    stateBefore: strOf(before, 'state'),
    stateAfter: strOf(row, 'state'),
    departmentId: relId(row, 'department'),
    officerId: relId(row, 'officer'),
    officerDepartmentId: relId(asRow(row?.officer), 'department'),
    statement: strOf(row, 'statement'),
    linkedCase: linked ? { subjectKind: strOf(linked, 'subjectKind') ?? '', officerId: relId(linked, 'officer'), state: strOf(linked, 'state') ?? '' } : null,
    changedFields: changed,
  };
}
