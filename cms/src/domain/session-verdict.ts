// Whether a signed token still opens a session (GB/T 22239-2019 8.1.4.1 b: sessions end after idle
// time; revocation at once). The token's signature and expiry are checked before; this judges what
// only the database knows: the account's token version, the session's sign-out and last use.
import type { SecurityFile } from '@nmg/config';

export type SessionLimits = SecurityFile['session'];

export interface TokenClaims {
  /** Account id. */
  id: number;
  /** Token version at issue. */
  tv: number | null;
  /** Session id. */
  sid: string | null;
  /** Issued at, seconds since the epoch. */
  iat: number | null;
}

export interface SessionState {
  tokenVersion: number;
  blocked: boolean;
  /** Null when the session row does not exist. */
  session: { lastSeenAt: Date; endedAt: Date | null } | null;
}

export type SessionCode = 'SESSION_REVOKED' | 'SESSION_IDLE' | 'SESSION_EXPIRED' | 'SESSION_ENDED';

export type SessionVerdict =
  | { ok: true; /** Time to write last-seen. */ touch: boolean; /** When the session ends at the latest (absolute lifetime). */ expiresAt: Date; idleUntil: Date }
  | { ok: false; code: SessionCode; message: string; /** The session idled out just now: end it and audit it. */ idle: boolean };

const MINUTE = 60_000;

export function sessionVerdict(claims: TokenClaims, state: SessionState, limits: SessionLimits, now: Date): SessionVerdict {
  const refuse = (code: SessionCode, message: string, idle = false): SessionVerdict => ({ ok: false, code, message, idle });
  if (state.blocked) return refuse('SESSION_REVOKED', '账号已停用，请联系本级政府管理员。');
  if (claims.tv === null || claims.tv !== state.tokenVersion) {
    return refuse('SESSION_REVOKED', '登录已失效（密码、角色或账号状态已变更），请重新登录。');
  }
  if (claims.sid === null || claims.iat === null || state.session === null) return refuse('SESSION_REVOKED', '登录已失效，请重新登录。');
  if (state.session.endedAt !== null) return refuse('SESSION_ENDED', '您已退出登录或会话已结束，请重新登录。');
  const expiresAt = new Date(claims.iat * 1000 + limits.absoluteHours * 60 * MINUTE);
  if (now >= expiresAt) return refuse('SESSION_EXPIRED', `登录已超过 ${limits.absoluteHours} 小时，请重新登录。`);
  const idleUntil = new Date(state.session.lastSeenAt.getTime() + limits.idleMinutes * MINUTE);
  if (now >= idleUntil) return refuse('SESSION_IDLE', `超过 ${limits.idleMinutes} 分钟未操作，已自动退出，请重新登录。`, true);
  const touch = now.getTime() - state.session.lastSeenAt.getTime() >= limits.lastSeenWriteSeconds * 1000;
  return { ok: true, touch, expiresAt, idleUntil: touch ? new Date(now.getTime() + limits.idleMinutes * MINUTE) : idleUntil };
}

/** Reads the claims of a verified token payload; anything missing is null (and refused). */
export function claimsOf(payload: unknown): TokenClaims | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const p = payload as Record<string, unknown>;
  const id = Number(p.id);
  if (!Number.isSafeInteger(id)) return null;
  return {
    id,
    tv: typeof p.tv === 'number' ? p.tv : null,
    sid: typeof p.sid === 'string' ? p.sid : null,
    iat: typeof p.iat === 'number' ? p.iat : null,
  };
}
