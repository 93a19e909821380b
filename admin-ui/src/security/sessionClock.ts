// How long the session has left, as the server counts it (cms/src/domain/session-verdict.ts): idle
// time from the last request the server answered, and the absolute end of the token.
export interface SessionClockInput {
  now: number;
  /** When the server last answered a request of this session (ms), null when unknown. */
  lastActivity: number | null;
  idleMinutes: number;
  /** The absolute end (ISO). */
  expiresAt: string;
}

export interface SessionClock {
  /** Until the session ends, whichever comes first (ms, never negative). */
  remainingMs: number;
  /** What ends it first. */
  endsBy: 'idle' | 'absolute';
}

export function sessionClock({ now, lastActivity, idleMinutes, expiresAt }: SessionClockInput): SessionClock {
  const idleEnd = (lastActivity ?? now) + idleMinutes * 60_000;
  const absoluteEnd = Date.parse(expiresAt);
  const end = Number.isFinite(absoluteEnd) ? Math.min(idleEnd, absoluteEnd) : idleEnd;
  return { remainingMs: Math.max(0, end - now), endsBy: end === idleEnd ? 'idle' : 'absolute' };
}

/** 29:59, or 1:05:00 past an hour. */
export function formatRemaining(ms: number): string {
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}
