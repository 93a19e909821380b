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
// When the lifetime has ended the last answer is still served at once while ONE computation per
// scope runs in the background (serve stale while recomputing): under a mixed load the callers of
// the region dashboard queued behind each recomputation (issue 17, mixload). Stale answers never
// reach a caller whose own write is past their position, nor survive a write no console user made:
// those callers wait for a fresh computation (the one in flight if it started late enough).
import type { Core } from '@strapi/strapi';
import type { ConsoleUser } from './auth';
import { currentDashboardPosition } from '../store/dashboard-writes';

/** How long an answer may serve before others' writes (another user's, another instance's) must show. */
export const DASHBOARD_TTL_MS = 10_000;

/** DASHBOARD_TTL_MS in the environment overrides the lifetime (0 to 10 minutes; 0: nothing kept); anything else is ignored. */
export function dashboardTtl(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DASHBOARD_TTL_MS;
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isInteger(value) && value >= 0 && value <= 600_000 ? value : DASHBOARD_TTL_MS;
}
const MAX_ENTRIES = 500;

/** Types whose writes never change a figure and happen on every request or public visit. */
const IGNORED = new Set(['api::audit-log.audit-log', 'api::public-rating.public-rating']);
/**
 * Strapi's own settings and the admin panel's accounts: no figure counts them, and Strapi writes its
 * core store now and then by itself (a settings or updater save), which dropped every answer at
 * random moments (seen in test/api/dashboard-cache.test.ts).
 */
const IGNORED_PREFIXES = ['strapi::', 'admin::'];
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

/** A finished computation: its figures and the write position they started from. */
interface Answer {
  generation: number;
  position: number;
  value: unknown;
  /** Fresh until then (from when it was ready); served stale, while a recomputation runs, until `staleUntil`. */
  expires: number;
  staleUntil: number;
}

/** The computation in flight for a scope: `position` is resolved before `value`. */
interface Flight {
  generation: number;
  position: Promise<number>;
  value: Promise<unknown>;
}

/**
 * How long after its lifetime an answer may still be served while its recomputation runs: a bound for
 * a recomputation that keeps failing or hangs, after which callers wait for a fresh answer again.
 */
export const DASHBOARD_STALE_MS = 60_000;

/** Marks the request as a console write (set before the handler runs): its rows are the user's own. */
export const CONSOLE_WRITE_STATE = 'nmgConsoleWrite';

export class DashboardCache {
  private readonly answers = new Map<string, Answer>();
  private readonly flights = new Map<string, Flight>();

  /** The lifetime, read at each computation (so DASHBOARD_TTL_MS may change while the server runs). */
  private readonly ttl: () => number;

  constructor(
    ttlMs: number | (() => number) = () => dashboardTtl(),
    private readonly now: () => number = Date.now,
    /** Told when a background recomputation fails (nobody awaits it); the stale answer stays. */
    private readonly onBackgroundError: (error: unknown) => void = () => undefined,
  ) {
    this.ttl = typeof ttlMs === 'number' ? () => ttlMs : ttlMs;
  }

  /**
   * The kept answer for `key` if it started from the caller's own last write (`ownWrite`, a position)
   * or later: fresh, or past its lifetime (then recomputed in the background, one computation per
   * key). Else the result of a computation that started late enough: the one in flight, or a new
   * one. `position()` reads the current write position before `compute()` starts. A failed
   * computation is not kept.
   */
  async get<T>(key: string, ownWrite: number, position: () => Promise<number>, compute: () => Promise<T>): Promise<T> {
    const at = this.now();
    const kept = this.answers.get(key);
    if (kept && kept.generation === generation && kept.position >= ownWrite) {
      if (kept.expires > at) return kept.value as T;
      if (kept.staleUntil > at) {
        this.refresh(key, position, compute);
        return kept.value as T;
      }
    }
    const flight = this.flights.get(key);
    if (flight && flight.generation === generation) {
      const from = await flight.position.catch(() => -1);
      if (from >= ownWrite && flight.generation === generation) return (await flight.value) as T;
    }
    return (await this.start(key, position, compute).value) as T;
  }

  /** Starts a background recomputation of `key` unless one of this generation is in flight. */
  private refresh<T>(key: string, position: () => Promise<number>, compute: () => Promise<T>): void {
    const flight = this.flights.get(key);
    if (flight && flight.generation === generation) return;
    this.start(key, position, compute).value.catch(this.onBackgroundError);
  }

  private start<T>(key: string, position: () => Promise<number>, compute: () => Promise<T>): Flight {
    const startedIn = generation;
    const started = position();
    const flight: Flight = {
      generation: startedIn,
      position: started,
      // Kept before any caller sees the value, so that the next call finds it.
      value: started.then(async (from) => {
        const value = await compute();
        // The lifetime runs from when the answer is ready: at the region tier on a loaded machine a
        // computation can take longer than the lifetime (measured: 11.5 s, issue 17).
        const ready = this.now();
        const ttl = this.ttl();
        this.keep(key, { generation: startedIn, position: from, value, expires: ready + ttl, staleUntil: ttl > 0 ? ready + ttl + DASHBOARD_STALE_MS : ready });
        return value;
      }),
    };
    const done = (): void => {
      if (this.flights.get(key) === flight) this.flights.delete(key);
    };
    flight.value.then(done, done);
    this.flights.set(key, flight);
    return flight;
  }

  /** Keeps `answer` unless the kept one is newer (a later generation, or a later position). */
  private keep(key: string, answer: Answer): void {
    const kept = this.answers.get(key);
    if (kept && (kept.generation > answer.generation || (kept.generation === answer.generation && kept.position > answer.position))) return;
    if (!kept && this.answers.size >= MAX_ENTRIES) this.prune(this.now());
    this.answers.set(key, answer);
  }

  private prune(at: number): void {
    for (const [key, answer] of this.answers) if (answer.generation !== generation || answer.staleUntil <= at) this.answers.delete(key);
    // Still full of live answers (many scopes at once): start again rather than grow without bound.
    if (this.answers.size >= MAX_ENTRIES) this.answers.clear();
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
    if (typeof uid === 'string' && (IGNORED.has(uid) || IGNORED_PREFIXES.some((prefix) => uid.startsWith(prefix)))) return;
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
