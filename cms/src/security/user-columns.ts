// The account's security state, kept on the users-permissions user itself so that every server
// instance sees the same lockout, token version and password history (one row, one transaction).
// Private: never in an API response; not editable in the admin's content manager.
const hidden = { private: true, configurable: false } as const;

export const SECURITY_ATTRIBUTES = {
  /** Wrong passwords since `failedSince` (cleared by a successful sign-in or an unlock). */
  failedSignIns: { type: 'integer', default: 0, ...hidden },
  failedSince: { type: 'datetime', ...hidden },
  /** Sign-in refused until then (config/security.json signIn.lockMinutes), or until unlocked. */
  lockedUntil: { type: 'datetime', ...hidden },
  /** Carried in every token; raised by a password change, reset, block or role change, which refuses all older tokens. */
  tokenVersion: { type: 'integer', default: 0, ...hidden },
  /** bcrypt hashes of the previous passwords, newest first (config/security.json password.history). */
  passwordHistory: { type: 'json', ...hidden },
  passwordChangedAt: { type: 'datetime', ...hidden },
  /** Set when an administrator set the password: the console asks for a new one before anything else. */
  mustChangePassword: { type: 'boolean', default: false, ...hidden },
} as const;

/** The column of each attribute, as Strapi names it (snake case). */
export const SECURITY_COLUMNS = {
  failedSignIns: 'failed_sign_ins',
  failedSince: 'failed_since',
  lockedUntil: 'locked_until',
  tokenVersion: 'token_version',
  passwordHistory: 'password_history',
  passwordChangedAt: 'password_changed_at',
  mustChangePassword: 'must_change_password',
} as const;
