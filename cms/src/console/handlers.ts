// The /console-api/<resource> endpoints in the ra-data-simple-rest dialect. Reads and writes go
// through strapi.documents(), so the same scope, rules and audit apply as on every other path.
import { inboxItems } from './inbox';
import type { Core, UID } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { recordAudit } from '../audit/record';
import { modelOf } from '../store/snapshot';
import type { ModelLike } from '../scope/populate';
import { isRow, rowsOf, type Row } from '../util/row';
import { authenticate, requirePermission, type ConsoleUser } from './auth';
import { ConsoleError } from './errors';
import { parseInput, type RelationRef } from './input';
import { claimedVersion, lockedVersion, staleVersion } from './version';
import { readForEdit, shownAs, storedToOne } from './edit-read';
import { withPreRead } from '../store/pre-read';
import { savesNothing } from './unchanged';
import { savedRow } from './save-answer';
import { parseListQuery } from './query';
import { readListPage } from './list-read';
import { consoleFields, consolePopulate, hasPersonalInformation, toRecord } from './records';
import { consoleResources, resolveResource, type ConsoleResource } from './resources';
import { describeResources, USER_ACTIONS } from './schemas';
import { mayManageUsers } from './users';
import { dashboardFigures } from './dashboard';
import { jobFigures } from './dashboard-jobs';
import { CONSOLE_WRITE_STATE, DashboardCache, dashboardPosition, dashboardScopeKey, dashboardTtl } from './dashboard-cache';
import { inOneSnapshot } from './dashboard-snapshot';
import { lastDashboardWrite } from '../store/dashboard-writes';
import { dashboardTasks } from './dashboard-tasks';
import { certificateDashboardFigures } from './dashboard-certificates';
import { subordinateFigures } from './dashboard-subordinates';
import { today as serverToday } from '../store/facts';
import { dashboardAccountability } from './dashboard-accountability';
import { importRows, readImportBody } from './import';
import { runtimeSelection } from '../store/document-input';

export interface ConsoleContext {
  params: Record<string, string>;
  query: Row;
  request: { body?: unknown; header?: { authorization?: unknown } };
  state: Record<string, unknown>;
  /** The HTTP method (koa's ctx.method). */
  method?: string;
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

interface Resolved {
  user: ConsoleUser;
  resource: ConsoleResource;
  model: ModelLike & { collectionName?: string; options?: { draftAndPublish?: boolean } };
  lookup: (uid: string) => ModelLike | undefined;
  docs: ReturnType<Core.Strapi['documents']>;
  status: { status?: 'draft' };
}

async function resolve(strapi: Core.Strapi, ctx: ConsoleContext): Promise<Resolved> {
  const user = await authenticate(strapi, ctx);
  const resource = resolveResource(strapi, ctx.params.resource);
  const model = modelOf(strapi, resource.uid) as Resolved['model'];
  const lookup = (uid: string): ModelLike | undefined => modelOf(strapi, uid);
  const docs = strapi.documents(resource.uid as UID.ContentType);
  // Console staff work on drafts of draft-and-publish types; the scope layer narrows readers to published.
  const status: Resolved['status'] = model.options?.draftAndPublish ? { status: 'draft' } : {};
  return { user, resource, model, lookup, docs, status };
}

/**
 * Every record the body names exists and is readable to the user: one scoped read per target type
 * (issue 16). `alsoAsk` adds documents whose readability the caller wants to know (a save's stored
 * to-one relations); the answer is the readable documentIds by target type.
 */
async function assertRelationsExist(strapi: Core.Strapi, refs: RelationRef[], alsoAsk: { target: string; ids: string[] }[] = []): Promise<Map<string, Set<string>>> {
  const byTarget = new Map<string, Set<string>>();
  for (const ref of [...refs, ...alsoAsk]) if (ref.target) ref.ids.forEach((id) => byTarget.set(ref.target, (byTarget.get(ref.target) ?? new Set<string>()).add(id)));
  const found = new Map<string, Set<string>>();
  for (const [target, ids] of byTarget) {
    const rows: unknown = await strapi.documents(target as UID.ContentType).findMany({ filters: { documentId: { $in: [...ids] } }, fields: ['documentId'] });
    found.set(target, new Set(rowsOf(rows).map((r) => String(r.documentId))));
  }
  for (const ref of refs) {
    const readable = found.get(ref.target);
    if (!readable || ref.ids.every((id) => readable.has(id))) continue;
    throw new ConsoleError(400, 'RELATION_NOT_FOUND', `字段“${ref.field}”引用的记录不存在或不在您的数据范围内。`, { [ref.field]: ['引用的记录不存在或不在您的数据范围内'] });
  }
  return found;
}

async function readOne(r: Resolved, id: string): Promise<Row | null> {
  const row: unknown = await r.docs.findOne({ documentId: id, ...runtimeSelection(consoleFields(r.model), consolePopulate(r.model, r.lookup)), ...r.status });
  return isRow(row) ? row : null;
}

export function consoleHandlers(strapi: Core.Strapi) {
  const dashboardCache = new DashboardCache(() => dashboardTtl(), Date.now, (error) => strapi.log.warn(`[nmg] dashboard recomputation failed (the last answer stays): ${String(error)}`));
  return {
    async list(ctx: ConsoleContext) {
      const r = await resolve(strapi, ctx);
      requirePermission(r.user, r.resource.uid, 'find');
      const q = parseListQuery(ctx.query, r.model, r.resource.uid);
      const { rows, total, capped } = await readListPage(strapi, r.user.actor, {
        uid: r.resource.uid,
        query: q,
        fields: consoleFields(r.model),
        populate: consolePopulate(r.model, r.lookup, q.embed),
        status: r.status,
      });
      const records = (rows as unknown[]).filter(isRow).map((row) => toRecord(row, r.model, r.lookup, { privateFields: 'mask' }));
      const end = records.length === 0 ? q.start : q.start + records.length - 1;
      // ra-data-simple-rest needs a number in Content-Range; a capped count is CAP + 1, marked as such.
      ctx.set('Content-Range', `${r.resource.name} ${q.start}-${end}/${Number(total)}`);
      if (capped) ctx.set('X-Total-Estimate', 'capped');
      ctx.set('Access-Control-Expose-Headers', 'Content-Range, X-Total-Estimate');
      ctx.body = records;
    },

    async getOne(ctx: ConsoleContext) {
      const r = await resolve(strapi, ctx);
      requirePermission(r.user, r.resource.uid, 'findOne');
      const row = await readOne(r, ctx.params.id);
      if (!row) throw new ConsoleError(404, 'NOT_FOUND', '记录不存在或不在您的数据范围内。');
      // Art. 21: personal information is shown in full only here, and every such read is logged.
      if (hasPersonalInformation(r.model)) {
        await recordAudit(strapi, r.user.actor, { action: 'read-personal-info', resource: r.resource.uid, recordId: ctx.params.id, before: null, after: null });
      }
      ctx.body = toRecord(row, r.model, r.lookup, { privateFields: 'show' });
    },

    async create(ctx: ConsoleContext) {
      const r = await resolve(strapi, ctx);
      requirePermission(r.user, r.resource.uid, 'create');
      const input = parseInput(ctx.request.body, r.model, r.lookup);
      await assertRelationsExist(strapi, input.relations);
      const created: unknown = await r.docs.create({ data: input.data, ...r.status });
      const id = isRow(created) ? String(created.documentId) : '';
      const row = await readOne(r, id);
      ctx.status = 201;
      ctx.body = row ? toRecord(row, r.model, r.lookup, { privateFields: 'show' }) : { id };
    },

    async update(ctx: ConsoleContext) {
      const r = await resolve(strapi, ctx);
      requirePermission(r.user, r.resource.uid, 'update');
      const id = ctx.params.id;
      const input = parseInput(ctx.request.body, r.model, r.lookup);
      const version = claimedVersion(input.version);
      // One transaction for the checks and the write. The row is locked, then read once (issue 16):
      // that read serves the scope check, the version's 409, the comparison with the body and,
      // handed down, the middleware's before-state (console/edit-read.ts, store/pre-read.ts).
      // A save that changes nothing (console/unchanged.ts) answers the record it read, as the user was
      // shown it; any other answers from the reads the save made (console/save-answer.ts) or, when
      // those cannot tell, reads the record as a GET does.
      const saved = await strapi.db.transaction(async ({ trx }): Promise<{ wrote: boolean; row: Row | null }> => {
        const stored = await lockedVersion(trx, r.model.collectionName ?? '', id);
        const loaded = await readForEdit(strapi, r.user.actor, r.resource.uid, id, r.model, r.lookup);
        const readable = await assertRelationsExist(strapi, input.relations, loaded ? storedToOne(loaded.row, r.model) : []);
        if (!loaded) throw new ConsoleError(404, 'NOT_FOUND', '记录不存在或不在您的数据范围内。');
        const current = shownAs(loaded.row, r.model, readable);
        if (stored !== version) throw staleVersion(toRecord(current, r.model, r.lookup, { privateFields: 'mask' }), '该记录已被他人修改，请重新加载后再保存。');
        if (savesNothing(r.resource.uid, input.data, current, r.model, r.lookup)) return { wrote: false, row: current };
        const after = await withPreRead(r.resource.uid, id, loaded, () => r.docs.update({ documentId: id, data: input.data, ...r.status }));
        return { wrote: true, row: after ? await savedRow({ strapi, actor: r.user.actor, uid: r.resource.uid, documentId: id, model: r.model, lookup: r.lookup, shown: current, readable, after }) : null };
      });
      // Nothing written: the user's dashboards are not older than a write of theirs (routes.ts).
      if (!saved.wrote) ctx.state[CONSOLE_WRITE_STATE] = false;
      const row = saved.row ?? (await readOne(r, id));
      ctx.body = row ? toRecord(row, r.model, r.lookup, { privateFields: 'show' }) : { id };
    },

    async remove(ctx: ConsoleContext) {
      const r = await resolve(strapi, ctx);
      requirePermission(r.user, r.resource.uid, 'delete');
      const row = await readOne(r, ctx.params.id);
      if (!row) throw new ConsoleError(404, 'NOT_FOUND', '记录不存在或不在您的数据范围内。');
      await r.docs.delete({ documentId: ctx.params.id });
      ctx.body = toRecord(row, r.model, r.lookup, { privateFields: 'mask' });
    },

    async importRows(ctx: ConsoleContext) {
      const r = await resolve(strapi, ctx);
      requirePermission(r.user, r.resource.uid, 'create');
      const { rows, commit, columns } = readImportBody(ctx.request.body);
      ctx.body = await importRows(strapi, { actor: r.user.actor, uid: r.resource.uid, model: r.model, lookup: (uid) => modelOf(strapi, uid), status: r.status }, rows, commit, columns);
    },

    async publish(ctx: ConsoleContext) {
      const r = await resolve(strapi, ctx);
      requirePermission(r.user, r.resource.uid, 'update');
      if (!r.model.options?.draftAndPublish) throw new ConsoleError(400, 'NOT_PUBLISHABLE', '该类数据没有发布操作。');
      if (!(await readOne(r, ctx.params.id))) throw new ConsoleError(404, 'NOT_FOUND', '记录不存在或不在您的数据范围内。');
      const publishable = r.docs as unknown as { publish(params: { documentId: string }): Promise<unknown> };
      await publishable.publish({ documentId: ctx.params.id });
      const row = await readOne(r, ctx.params.id);
      ctx.body = row ? toRecord(row, r.model, r.lookup, { privateFields: 'mask' }) : { id: ctx.params.id };
    },

    async schemas(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      ctx.body = await describeResources(strapi, user);
    },

    async dashboard(ctx: ConsoleContext) {
      const user = await authenticate(strapi, ctx);
      const today = serverToday();
      // Per scope and kept briefly; computed afresh after the user's own write (dashboard-cache.ts).
      const ownWrite = await lastDashboardWrite(strapi, user.actor.id);
      // Kept as the JSON text: a kept answer is sent as it is, not serialised again per request. One
      // read transaction for all the counts: one pooled connection, one snapshot (dashboard-snapshot.ts).
      const json = await dashboardCache.get(dashboardScopeKey(user, today), ownWrite, dashboardPosition(strapi), () => inOneSnapshot(strapi, async () => JSON.stringify({
        ...(await dashboardFigures(strapi, user, { today })),
        adjustmentTasks: await dashboardTasks(strapi),
        certificateWatch: await certificateDashboardFigures(strapi, user, today),
        accountability: await dashboardAccountability(strapi, user),
        subordinates: await subordinateFigures(strapi, user, today),
        // A finished job run drops the cache too (job-log.ts emits, dashboard-cache.ts listens).
        ...(await jobFigures(strapi, user)),
      })));
      ctx.set('Content-Type', 'application/json; charset=utf-8');
      ctx.body = json;
    },

    async inbox(ctx: ConsoleContext) {
      ctx.body = await inboxItems(strapi, await authenticate(strapi, ctx));
    },

    async me(ctx: ConsoleContext) {
      // Read while the password is due too: the console learns from it that it must ask for a new one.
      const user = await authenticate(strapi, ctx, { whilePasswordDue: true });
      const { actor } = user;
      const permissions: Record<string, string[]> = {};
      const auditReader = regulationConfig().security.audit.readers.includes(actor.role);
      for (const res of consoleResources(strapi)) {
        // The audit trail's screen is for the readers of config/security.json, whatever the permissions say.
        if (res.uid === 'api::audit-log.audit-log' && !auditReader) continue;
        const actions = ['find', 'findOne', 'create', 'update', 'delete'].filter((a) => user.actions.has(`${res.uid}.${a}`));
        if (actions.length > 0) permissions[res.name] = actions;
      }
      if (mayManageUsers(actor)) permissions.users = USER_ACTIONS;
      const role = regulationConfig().roles.find((x) => x.type === actor.role);
      ctx.body = {
        id: actor.id,
        username: actor.username,
        role: actor.role,
        roleName: role?.name ?? actor.role,
        organisation: actor.organisationName,
        departmentId: actor.departmentId,
        governmentId: actor.governmentId,
        governmentCode: actor.governmentCode,
        tier: actor.tier,
        scope: actor.scope.kind,
        permissions,
        // The session's limits (config/security.json), for the console's countdown in the app bar.
        session: { expiresAt: user.session.expiresAt.toISOString(), idleMinutes: regulationConfig().security.session.idleMinutes },
        passwordDue: user.passwordDue,
        // Enrolment of the second factor comes first for the roles that need one (after the password).
        secondFactorDue: user.secondFactorDue,
        secondFactorEnrolled: user.secondFactorEnrolled,
      };
    },
  };
}
