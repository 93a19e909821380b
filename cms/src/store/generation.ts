// Public responses are cached per instance and keyed by a publication generation: every publish,
// withdrawal or change of a department's adjustment status bumps it, so the next read is fresh.
// The bump reaches the other instances through PostgreSQL LISTEN/NOTIFY (publication-channel.ts);
// the cache's short lifetime (cache.ts) remains the fallback while that channel is down.
let generation = 0;
let broadcast: (() => void) | null = null;

/** Called by the workflow after it changed what the public may see (after the commit). */
export function notePublicationChange(): void {
  generation += 1;
  broadcast?.();
}

/** Called when another instance (or a reconnect that may have missed one) reports a change. */
export function noteRemotePublicationChange(): void {
  generation += 1;
}

/** Installs (or, with null, removes) what tells the other instances about a local change. */
export function setPublicationBroadcast(send: (() => void) | null): void {
  broadcast = send;
}

export const publicationGeneration = (): number => generation;
