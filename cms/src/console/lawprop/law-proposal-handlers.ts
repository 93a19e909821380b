// Laws proposed for the legal-basis library (Art. 10), by the department whose import cites them,
// decided by the justice reviewer of the same government (the library's keeper, Art. 5):
//   GET  /console-api/law-proposals?state=proposed   a department its own; a reviewer its government's
//   POST /console-api/law-proposals                  { title, level, issuingBody?, promulgatedAt?, rows?, importId? }
//   POST /console-api/law-proposals/:id/accept       creates the legal basis (duplicate check again)
//   POST /console-api/law-proposals/:id/refuse       { opinion }
// A law the library holds under another spelling is refused with LAW_DUPLICATE naming the entry,
// so the department cites it instead; accepted laws are found by the import's next preview.
import type { Core } from '@strapi/strapi';
import { LAW_PROPOSAL_RESOURCE, recordLawpropEvent } from '../../audit/lawprop-events';
import { assertLawNotDuplicate, normaliseLawTitle } from '../../domain';
import { assertDecision, assertMayDecide, readLawProposal, type ProposalCheck, type ProposalState } from '../../domain/import/law-proposal';
import type { UserActor } from '../../scope/actor';
import { decideProposal, findProposal, insertProposal, isRecordId, listProposals, type LawProposal } from '../../store/law-proposal-store';
import { asRow, isRow, strOf } from '../../util/row';
import { withTrx } from '../../util/trx';
import { authenticate, requirePermission } from '../auth';
import { ConsoleError } from '../errors';
import type { ConsoleContext } from '../handlers';
import { ADJUSTMENT } from '../batch/batch-request';
import { LEGAL_BASIS, libraryByKey } from './resolve-laws';

const STATES: readonly ProposalState[] = ['proposed', 'accepted', 'refused'];

function orRefuse<T>(check: ProposalCheck<T>, status = 400): T {
  if (check.ok) return check.value;
  const code = check.code;
  throw new ConsoleError(code === 'ROLE_FORBIDDEN' || code === 'SCOPE_FORBIDDEN' ? 403 : code === 'WRONG_STATE' ? 409 : status, code, check.message, { [check.field]: [check.message] });
}

/** The library's entry for the same law, refused with the entry named so the rows can cite it. */
async function assertNotInLibrary(strapi: Core.Strapi, title: string): Promise<void> {
  const library = [...(await libraryByKey(strapi)).values()];
  const result = assertLawNotDuplicate(title, library);
  if (!result.ok) {
    const existing = library.find((l) => l.id === result.existingId);
    throw new ConsoleError(400, result.code, result.message, { title: [result.message] }, { existing: { id: result.existingId, title: existing?.title ?? '' } });
  }
}

/** The proposal as a reader in scope sees it; anything else is not found. */
function visibleTo(actor: UserActor, p: LawProposal): boolean {
  if (actor.scope.kind === 'department') return p.departmentId === actor.scope.departmentId;
  if (actor.scope.kind === 'subtree') return p.governmentId === actor.governmentId;
  return false;
}

async function departmentName(strapi: Core.Strapi, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows: unknown = await strapi.db.query('api::department.department').findMany({ where: { documentId: { $in: ids } }, select: ['documentId', 'name'] });
  return new Map((Array.isArray(rows) ? rows : []).filter(isRow).map((r) => [String(r.documentId), strOf(r, 'name') ?? '']));
}

export function lawProposalHandlers(strapi: Core.Strapi) {
  const decide = (decision: 'accept' | 'refuse') => async (ctx: ConsoleContext): Promise<void> => {
    const user = await authenticate(strapi, ctx);
    const actor = user.actor;
    const opinion = isRow(ctx.request.body) && typeof ctx.request.body.opinion === 'string' ? ctx.request.body.opinion.trim() : '';
    const id = ctx.params.id;
    const result = await withTrx(strapi, async (trx) => {
      const p = isRecordId(id) ? await findProposal(strapi, id, trx) : null;
      if (!p || !visibleTo(actor, p)) throw new ConsoleError(404, 'NOT_FOUND', '提请记录不存在或不在您的范围内。');
      orRefuse(assertMayDecide({ role: actor.role, governmentId: actor.governmentId, justice: actor.scope.kind === 'subtree' }, p.governmentId));
      orRefuse(assertDecision(p.state, decision, opinion));
      if (decision === 'refuse') {
        await decideProposal(trx, p.id, 'refused', opinion, null, actor.id);
        await recordLawpropEvent(strapi, actor, { action: 'law-refuse', resource: LAW_PROPOSAL_RESOURCE, recordId: p.id, changes: { title: p.title, reason: opinion } });
        return { ...p, state: 'refused' as const, opinion };
      }
      requirePermission(user, LEGAL_BASIS, 'create');
      await assertNotInLibrary(strapi, p.title);
      // Created through the document service as the reviewer: the legal-basis rules and the audit trail apply.
      const created: unknown = await strapi.documents(LEGAL_BASIS).create({
        data: { title: p.title, level: p.level, ...(p.issuingBody ? { issuingBody: p.issuingBody } : {}), ...(p.promulgatedAt ? { promulgatedAt: p.promulgatedAt } : {}), status: 'in-force' },
      });
      const legalBasisId = strOf(asRow(created), 'documentId');
      await decideProposal(trx, p.id, 'accepted', opinion || null, legalBasisId, actor.id);
      // In the decision's transaction: the entry exists exactly when the acceptance (and the legal basis) does.
      await recordLawpropEvent(strapi, actor, { action: 'law-accept', resource: LAW_PROPOSAL_RESOURCE, recordId: p.id, changes: { title: p.title, level: p.level, legalBasisId, opinion: opinion || null } });
      return { ...p, state: 'accepted' as const, opinion: opinion || null, legalBasisId };
    });
    ctx.body = result;
  };

  return {
    async list(ctx: ConsoleContext): Promise<void> {
      const { actor } = await authenticate(strapi, ctx);
      const state = typeof ctx.query.state === 'string' && (STATES as readonly string[]).includes(ctx.query.state) ? (ctx.query.state as ProposalState) : undefined;
      let proposals: LawProposal[];
      if (actor.scope.kind === 'department') proposals = await listProposals(strapi, { departmentId: actor.scope.departmentId, state });
      else if (actor.scope.kind === 'subtree' && actor.governmentId) proposals = await listProposals(strapi, { governmentId: actor.governmentId, state });
      else proposals = [];
      const names = await departmentName(strapi, [...new Set(proposals.map((p) => p.departmentId))]);
      ctx.body = proposals.map((p) => ({ ...p, departmentName: names.get(p.departmentId) ?? '' }));
    },

    async create(ctx: ConsoleContext): Promise<void> {
      const user = await authenticate(strapi, ctx);
      requirePermission(user, ADJUSTMENT, 'create');
      const actor = user.actor;
      if (actor.scope.kind !== 'department' || !actor.departmentId || !actor.governmentId) {
        throw new ConsoleError(403, 'ROLE_FORBIDDEN', '依据《内蒙古自治区行政执法责任制规定》第十条，由部门提请本级政府司法行政部门收录法律法规。');
      }
      const body = isRow(ctx.request.body) ? ctx.request.body : {};
      const input = orRefuse(readLawProposal(body));
      await assertNotInLibrary(strapi, input.title);
      const titleKey = normaliseLawTitle(input.title);
      const open = await listProposals(strapi, { governmentId: actor.governmentId, state: 'proposed', titleKeys: [titleKey] });
      if (open.length > 0) {
        const message = `依据《内蒙古自治区行政执法责任制规定》第十条，《${open[0].title}》已提请收录，正在等待本级政府司法行政部门决定。`;
        throw new ConsoleError(409, 'LAW_ALREADY_PROPOSED', message, { title: [message] }, { proposalId: open[0].id });
      }
      const importId = typeof body.importId === 'string' && isRecordId(body.importId) ? body.importId : null;
      const proposal = await insertProposal(strapi, { ...input, governmentId: actor.governmentId, departmentId: actor.departmentId, titleKey, importId, proposedBy: actor.id });
      await recordLawpropEvent(strapi, actor, { action: 'law-propose', resource: LAW_PROPOSAL_RESOURCE, recordId: proposal.id, changes: { title: proposal.title, level: proposal.level, rows: proposal.sheetRows, importId } });
      ctx.status = 201;
      ctx.body = proposal;
    },

    accept: decide('accept'),
    refuse: decide('refuse'),
  };
}
