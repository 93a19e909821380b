// The WAL position (LSN) of the latest publication change this instance knows of, local or
// announced by another instance. A replica serves the public API only once it has replayed that far
// (replica.ts): a cache refreshed by a notice must not be refilled from a replica that lags behind it.

/** An LSN such as '0/16B3748' as a number of bytes. */
export function parseLsn(text: string): bigint | null {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text.trim());
  return match ? (BigInt(`0x${match[1]}`) << BigInt(32)) + BigInt(`0x${match[2]}`) : null;
}

let floor = BigInt(0);
/** Local changes whose LSN is not yet known: until then only the primary is current enough. */
let unknown = 0;

export function beginLocalChange(): void {
  unknown += 1;
}

/** Ends a local change with its LSN (null when it could not be read: the lag bound alone then guards). */
export function endLocalChange(lsn: bigint | null): void {
  unknown = Math.max(0, unknown - 1);
  if (lsn !== null) noteChangeLsn(lsn);
}

export function noteChangeLsn(lsn: bigint): void {
  if (lsn > floor) floor = lsn;
}

/** The LSN a replica must have replayed, or null while a local change's LSN is still unknown. */
export const publicationFloor = (): bigint | null => (unknown > 0 ? null : floor);
