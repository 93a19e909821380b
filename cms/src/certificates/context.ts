// Writes made by a certificate lifecycle step (a justice department's decision, or expiry). Such a
// step may lapse the certificate of an officer who holds a post with powers: the lapse is a fact to
// record and flag on the posts (Art. 19), not a data-entry mistake to refuse, as a plain edit is.
import { AsyncLocalStorage } from 'async_hooks';

const stepInProgress = new AsyncLocalStorage<true>();

export const asCertificateStep = <T>(work: () => Promise<T>): Promise<T> => stepInProgress.run(true, work);

export const inCertificateStep = (): boolean => stepInProgress.getStore() === true;
