// The dashboard runs some forty counts over the user's scope; at the region tier they cover the whole
// data set, so under load the dashboard dragged every other request down (issue 17: 8.8 req/s under a
// mixed load, p99 of everything about 2 s). Its answer is kept for a short while per scope, and:
// - a user's own console write is never missed: the write's position (store/dashboard-writes.ts, a
//   PostgreSQL sequence, so on every instance) must be at or before the position the kept answer
//   started from, else that user gets a fresh computation;
// - writes without a console user (scheduled jobs, the Strapi admin, /api, scripts on this instance)
//   drop every kept answer of this instance (a lifecycle subscriber and the jobs' run event);
// - other users' console writes, and writes on another instance, show within the lifetime (TTL_MS).
//   Dropping every scope's answer on every console write made the region dashboard recompute under
//   any write load, which is what held it at 8.8 req/s.
// Concurrent callers of one scope share the computation in flight.
import type { Core } from '@strapi/strapi';
import type { ConsoleUser } from './auth';
import { currentDashboardPosition } from '../store/dashboard-writes';

/** How long an answer may serve before others' writes (another user's, another instance's) must show. */
export const DASHBOARD_TTL_MS = 10_000;

/** DASHBOARD_TTL_MS in the environment overrides the lifetime (0 to 10 minutes); anything else is ignored. */
export function dashboardTtl(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DASHBOARD_TTL_MS;
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isInteger(value) && value >= 0 && value <= 600_000 ? value : DASHBOARD_TTL_MS;
}
const MAX_ENTRIES = 500;

/** Types whose writes never change a figure and happen on every request or public visit. */
const IGNORED = new Set(['api::audit-log.audit-log', 'api::public-rating.public-rating']);
const WRITE_EVENTS = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

let generation = 0;

/** Called after a write that no console user made (a job, the admin panel): every kept answer goes. */
export function noteDashboardWrite(): void {
  generation += 1;
}

export const dashboardGeneration = (): number => generation;

/**
 * The figures depend on the role (which resources it may read), the scope (which rows), the tier
 * and organisation (the heading and the job table) and the day (deadlines); never on the user's id.
 */
export function dashboardScopeKey(user: ConsoleUser, today: string): string {
  const { actor } = user;
  return JSON.stringify([user.roleId, actor.role, actor.tier, actor.scope, actor.departmentId, actor.governmentId, actor.organisationName, today]);
}

interface Entry {
  generation: number;
  expires: number;
  /** The write position read before the first count; resolved before `value`. */
  position: Promise<number>;
  value: Promise<unknown>;
}

/** Marks the request as a console write (set before the handler runs): its rows are the user's own. */
export const CONSOLE_WRITE_STATE = 'nmgConsoleWrite';

export class DashboardCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number = dashboardTtl(),
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The kept answer for `key` if it started from the caller's own last write (`ownWrite`, a position)
   * or later, else `compute()`, run once for every caller that asks meanwhile. `position()` reads the
   * current write position; it is read before `compute()` starts. A failed computation is not kept.
   */
  async get<T>(key: string, ownWrite: number, position: () => Promise<number>, compute: () => Promise<T>): Promise<T> {
    const at = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation && hit.expires > at) {
      const from = await hit.position.catch(() => -1);
      if (from >= ownWrite) return hit.value as Promise<T>;
    }
    const started = position();
    // The lifetime runs from when the answer is ready: at the region tier on a loaded machine a
    // computation can take longer than the lifetime, and counted from its start every caller
    // would find it expired and start another (measured: 11.5 s each, 1 req/s).
    const entry: Entry = { generation, expires: Number.POSITIVE_INFINITY, position: started, value: started.then(() => compute()) };
    if (this.entries.size >= MAX_ENTRIES) this.prune(at);
    this.entries.set(key, entry);
    try {
      const value = await (entry.value as Promise<T>);
      entry.expires = this.now() + this.ttlMs;
      return value;
    } catch (error) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw error;
    }
  }

  private prune(at: number): void {
    for (const [key, entry] of this.entries) if (entry.generation !== generation || entry.expires <= at) this.entries.delete(key);
    // Still full of live entries (many scopes at once): start again rather than grow without bound.
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
  }
}

/** The position a computation starts from: every write marked at or before it is visible to it. */
export const dashboardPosition = (strapi: Core.Strapi) => (): Promise<number> => currentDashboardPosition(strapi);

/** True inside a console write request: its rows are the user's own and marked after it (routes.ts). */
function inConsoleWrite(strapi: Core.Strapi): boolean {
  const state = (strapi.requestContext.get() as { state?: Record<string, unknown> } | undefined)?.state;
  return state?.[CONSOLE_WRITE_STATE] === true;
}

/** Drops every kept answer on a database write to a counted type that no console user made. */
export function registerDashboardInvalidation(strapi: Core.Strapi): void {
  const bump = (event: unknown): void => {
    const uid = (event as { model?: { uid?: unknown } }).model?.uid;
    if (typeof uid === 'string' && IGNORED.has(uid)) return;
    if (inConsoleWrite(strapi)) return;
    noteDashboardWrite();
  };
  strapi.db.lifecycles.subscribe(Object.fromEntries(WRITE_EVENTS.map((e) => [e, bump])) as unknown as Parameters<typeof strapi.db.lifecycles.subscribe>[0]);
  // The scheduled jobs write their run log (and the integrity findings) with knex, past the
  // lifecycles: they announce each committed run instead (jobs/job-log.ts, 'nmg::job-run').
  strapi.eventHub.on('nmg::job-run', async () => {
    noteDashboardWrite();
  });
}
