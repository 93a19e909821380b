// Marks that the server sets on a record and that the record's next save clears: such a save means
// something even when the form sends back exactly what is stored, so it is never skipped as a no-op
// (console/unchanged.ts). Art. 10, 13: a power whose cited law changed is marked `pendingAdjustment`;
// the department clears the mark by saving the power again, which re-runs BASIS_REQUIRED against the
// law's new status (guards/rules/power.ts).
import type { Row } from '../util/row';

export const CLEARED_BY_SAVE: Readonly<Record<string, readonly string[]>> = {
  'api::power.power': ['pendingAdjustment'],
};

/** The marks of this stored row that a save would clear. */
export const marksClearedBySave = (uid: string, row: Row | null | undefined): string[] =>
  (CLEARED_BY_SAVE[uid] ?? []).filter((flag) => row?.[flag] === true);
