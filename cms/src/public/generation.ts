// Public responses are cached per instance and keyed by a publication generation: every publish,
// withdrawal or change of a department's adjustment status bumps it, so the next read is fresh.
// Other instances see the change when their short cache lifetime ends (see cache.ts).
let generation = 0;

/** Called by the workflow after it changed what the public may see. */
export function notePublicationChange(): void {
  generation += 1;
}

export const publicationGeneration = (): number => generation;
