// The pre-score (autoScore and its figures) is written by the server only: a form that sends them
// back cannot change them, or an assessor could make any score look computed and skip the written
// reason Art. 24's override needs. The pre-scoring service marks its own write with this flag.
import { AsyncLocalStorage } from 'async_hooks';

const serverScores = new AsyncLocalStorage<true>();

export const withServerScores = <T>(work: () => Promise<T>): Promise<T> => serverScores.run(true, work);

export const writingServerScores = (): boolean => serverScores.getStore() === true;
