// The two HTTP calls the bench makes itself: sign in, and take a workflow step on a list version.
// Both go through the real routes, so the measured step includes authentication, scope and rules.
import type { Core } from '@strapi/strapi';

export interface JsonResponse {
  status: number;
  body: unknown;
}

export async function postJson(url: string, body: unknown, jwt?: string): Promise<JsonResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(jwt ? { Authorization: `Bearer ${jwt}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON (an HTML error page): keep the text for the error message.
  }
  return { status: response.status, body: parsed };
}

/** Signs each account in once and keeps its JWT; counts how the tokens were obtained. */
export class Tokens {
  private readonly cache = new Map<string, string>();
  signedIn = 0;
  issued = 0;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly baseUrl: string,
    private readonly password: string,
    /** boot.issueSessionToken (cms/src/security/session-token.ts). */
    private readonly issueSessionToken: (strapi: Core.Strapi, userId: number, address: string | null) => Promise<string>,
  ) {}

  async of(username: string): Promise<string> {
    const cached = this.cache.get(username);
    if (cached) return cached;
    const res = await postJson(`${this.baseUrl}/api/auth/local`, { identifier: username, password: this.password });
    let jwt: string;
    const body = res.body as { jwt?: unknown } | null;
    if (res.status === 200 && body && typeof body.jwt === 'string') {
      jwt = body.jwt;
      this.signedIn += 1;
    } else if (res.status === 429) {
      // users-permissions rate-limits sign-in per address; past the limit the bench takes the token
      // the sign-in would have issued, a new session of the account (as test/helpers/app.ts does).
      const user = (await this.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username }, select: ['id'] })) as { id: number } | null;
      if (!user) throw new Error(`sign-in ${username}: no such account`);
      jwt = await this.issueSessionToken(this.strapi, user.id, null);
      this.issued += 1;
    } else {
      throw new Error(`sign-in ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
    this.cache.set(username, jwt);
    return jwt;
  }
}

/** Takes one workflow step over HTTP and returns the round trip in milliseconds; throws on refusal. */
export async function transition(baseUrl: string, jwt: string, listId: string, action: string, opinion?: string): Promise<number> {
  const start = performance.now();
  const res = await postJson(`${baseUrl}/console-api/responsibility-lists/${listId}/transition`, { action, ...(opinion ? { opinion } : {}) }, jwt);
  const ms = performance.now() - start;
  if (res.status !== 200) throw new Error(`${action} of list ${listId}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 600)}`);
  return ms;
}
