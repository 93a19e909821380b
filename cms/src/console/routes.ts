// Mounts /console-api/* and the /console page on the server's root router (the content API
// router would put them under /api). The console authenticates itself (see auth.ts).
import type { Core } from '@strapi/strapi';
import { toConsoleError } from './errors';
import { CONSOLE_WRITE_STATE, noteDashboardWrite } from './dashboard-cache';
import { markDashboardWrite } from '../store/dashboard-writes';
import { consoleHandlers, type ConsoleContext } from './handlers';
import { serveConsolePage } from './page';
import { usersHandlers } from './users-handlers';
import { workflowHandlers } from './workflow-handlers';
import { certificateHandlers } from './certificate-handlers';
import { reportRoutes } from './report-handlers';
import { assessmentHandlers } from './assessment-handlers';
import { assessmentExportHandler } from './assessment-export';
import { accountabilityHandlers } from './accountability-handlers';
import { sessionHandlers } from './session-handlers';
import { secondFactorHandlers } from './second-factor-handlers';
import { batchRequestHandler } from './batch/batch-request';
import { batchRowsReadHandler } from './batch/batch-rows-read';
import { lawProposalHandlers } from './lawprop/law-proposal-handlers';
import { pendingImportHandlers } from './lawprop/pending-import-handlers';
import { headerMappingHandlers } from './lawprop/header-mapping-handlers';

type Handler = (ctx: ConsoleContext) => Promise<void>;
/** A route as strapi.server.routes takes it (Strapi's own type; koa's context fits ConsoleContext). */
type ServerRoute = Omit<Core.Route, 'info'>;

/** Every refusal leaves as { message, code, errors } with its status; anything else is a real 500. */
const guarded = (strapi: Core.Strapi, handler: Handler): Handler => async (ctx) => {
  const writes = ctx.method !== undefined && ctx.method !== 'GET' && ctx.method !== 'HEAD';
  if (writes) ctx.state[CONSOLE_WRITE_STATE] = true;
  try {
    await handler(ctx);
  } catch (error) {
    const mapped = toConsoleError(error);
    if (!mapped) throw error;
    ctx.status = mapped.status;
    ctx.body = { message: mapped.message, code: mapped.code, errors: mapped.errors, ...mapped.extra };
    strapi.log.debug(`console-api ${mapped.status} ${mapped.code}: ${mapped.message}`);
  } finally {
    // A handler that found nothing to write (a form saved as loaded) clears the mark: no position to take.
    if (writes && ctx.state[CONSOLE_WRITE_STATE] === true) await markOwnWrite(strapi, ctx);
  }
};

/**
 * After the handler's transaction committed (set-based knex writes included): the user's next
 * dashboard, on any instance, is computed afresh (dashboard-cache.ts). A request that never
 * authenticated wrote nothing a dashboard counts.
 */
async function markOwnWrite(strapi: Core.Strapi, ctx: ConsoleContext): Promise<void> {
  const userId = Number((ctx.state.user as { id?: unknown } | undefined)?.id);
  if (!Number.isSafeInteger(userId)) return;
  try {
    await markDashboardWrite(strapi, userId);
  } catch (error) {
    // Without the mark only this instance can be told: drop everything it keeps.
    noteDashboardWrite();
    strapi.log.warn(`[nmg] dashboard write mark not stored: ${String(error)}`);
  }
}

export function registerConsoleRoutes(strapi: Core.Strapi): void {
  const h = consoleHandlers(strapi);
  const route = (method: Core.HTTPMethod, path: string, handler: Handler | typeof serveConsolePage): ServerRoute => ({ method, path, handler, config: { auth: false } });
  const g = (handler: Handler) => guarded(strapi, handler);
  const u = usersHandlers(strapi);
  const w = workflowHandlers(strapi);
  strapi.server.routes([
    route('GET', '/console-api/me', g(h.me)),
    route('GET', '/console-api/schemas', g(h.schemas)),
    route('GET', '/console-api/dashboard', g(h.dashboard)),
    route('GET', '/console-api/inbox', g(h.inbox)),
    // Sign-out and the console's own password change (cms/src/console/session-handlers.ts).
    route('POST', '/console-api/auth/logout', g(sessionHandlers(strapi).logout)),
    route('POST', '/console-api/auth/password', g(sessionHandlers(strapi).changePassword)),
    // The second factor: the sign-in's second step and the user's own enrolment (second-factor-handlers.ts).
    route('POST', '/console-api/auth/second-factor', g(secondFactorHandlers(strapi).signIn)),
    route('POST', '/console-api/auth/second-factor/setup', g(secondFactorHandlers(strapi).setup)),
    route('POST', '/console-api/auth/second-factor/enable', g(secondFactorHandlers(strapi).enable)),
    // Accounts before the generic /:resource routes, which would otherwise claim 'users'.
    route('GET', '/console-api/users', g(u.list)),
    route('GET', '/console-api/users/:id', g(u.getOne)),
    route('POST', '/console-api/users', g(u.create)),
    route('PUT', '/console-api/users/:id', g(u.update)),
    route('DELETE', '/console-api/users/:id', g(u.remove)),
    route('POST', '/console-api/users/:id/unlock', g(u.unlock)),
    route('POST', '/console-api/users/:id/second-factor-reset', g(u.resetSecondFactor)),
    // The list workflow (Art. 13), also ahead of the generic routes.
    route('GET', '/console-api/review-queue', g(w.reviewQueue)),
    route('POST', '/console-api/responsibility-lists/:id/transition', g(w.transition)),
    route('GET', '/console-api/responsibility-lists/:id/workflow', g(w.workflow)),
    route('GET', '/console-api/responsibility-lists/:id/diff', g(w.diff)),
    // Certificates (Art. 19) and training hours (Art. 20), also ahead of the generic routes.
    route('GET', '/console-api/officers/:id/certificate', g(certificateHandlers(strapi).view)),
    route('POST', '/console-api/officers/:id/certificate', g(certificateHandlers(strapi).step)),
    route('GET', '/console-api/training-hours', g(certificateHandlers(strapi).trainingHours)),
    // Assessments (Art. 22–25): scoring sheet, pre-scoring, one item, workflow steps.
    ...assessmentRoutes(strapi, route, g),
    // Accountability (Art. 27–29), ahead of the generic routes.
    route('GET', '/console-api/accountability/criteria', g(accountabilityHandlers(strapi).criteria)),
    // A department's sheet as one batch power adjustment (Art. 10, 11, 13), ahead of the generic routes.
    route('POST', '/console-api/power-adjustments/batch', g(batchRequestHandler(strapi))),
    route('GET', '/console-api/power-adjustments/:id/rows', g(batchRowsReadHandler(strapi))),
    // A sheet kept while its missing laws are proposed and accepted (Art. 10), then filed as the batch.
    ...lawpropRoutes(strapi, route, g),
    route('GET', '/console-api/:resource', g(h.list)),
    route('GET', '/console-api/:resource/:id', g(h.getOne)),
    route('POST', '/console-api/:resource', g(h.create)),
    route('PUT', '/console-api/:resource/:id', g(h.update)),
    route('DELETE', '/console-api/:resource/:id', g(h.remove)),
    route('POST', '/console-api/:resource/import', g(h.importRows)),
    route('POST', '/console-api/:resource/:id/publish', g(h.publish)),
    route('GET', '/console', serveConsolePage),
    route('GET', '/console/(.*)', serveConsolePage),
    // Annual reports (Art. 7) and major-penalty filings (Art. 16): paths no generic route matches.
    ...reportRoutes(strapi).map(([method, path, handler]) => route(method, path, g(handler))),
  ]);
}

function assessmentRoutes(strapi: Core.Strapi, route: RouteOf, g: (handler: Handler) => Handler): ServerRoute[] {
  const a = assessmentHandlers(strapi);
  return [
    // Art. 26: the year's results for the rule-of-law assessment, ahead of GET /:resource/:id.
    route('GET', '/console-api/assessments/export', g(assessmentExportHandler(strapi))),
    route('GET', '/console-api/assessments/:id/sheet', g(a.sheet)),
    route('POST', '/console-api/assessments/:id/prescore', g(a.prescore)),
    route('PUT', '/console-api/assessments/:id/items/:item', g(a.saveItem)),
    route('POST', '/console-api/assessments/:id/transition', g(a.transition)),
  ];
}

type RouteOf = (method: Core.HTTPMethod, path: string, handler: Handler) => ServerRoute;

function lawpropRoutes(strapi: Core.Strapi, route: RouteOf, g: (handler: Handler) => Handler) {
  const imports = pendingImportHandlers(strapi);
  const laws = lawProposalHandlers(strapi);
  const headers = headerMappingHandlers(strapi);
  return [
    route('GET', '/console-api/header-mappings', g(headers.read)),
    route('PUT', '/console-api/header-mappings', g(headers.write)),
    route('GET', '/console-api/power-imports', g(imports.list)),
    route('POST', '/console-api/power-imports', g(imports.create)),
    route('POST', '/console-api/power-imports/:id/preview', g(imports.preview)),
    route('POST', '/console-api/power-imports/:id/submit', g(imports.submit)),
    route('GET', '/console-api/law-proposals', g(laws.list)),
    route('POST', '/console-api/law-proposals', g(laws.create)),
    route('POST', '/console-api/law-proposals/:id/accept', g(laws.accept)),
    route('POST', '/console-api/law-proposals/:id/refuse', g(laws.refuse)),
  ];
}
