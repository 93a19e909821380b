// How a failed save is told to the user: a stale edit (409) gets the reload dialog, a refusal with
// form errors is shown by the form itself (messages under the fields + root.serverError), anything
// else becomes a notification.
import { HttpError } from 'react-admin';
import { isObject } from '../providers/types';

export type RefusalNotice = { kind: 'stale' } | { kind: 'form' } | { kind: 'notify'; message: string };

export function refusalNotice(error: unknown): RefusalNotice {
  if (error instanceof HttpError && error.status === 409) {
    const code = isObject(error.body) ? error.body.code : undefined;
    if (code === undefined || code === 'STALE_VERSION') return { kind: 'stale' };
  }
  if (error instanceof HttpError && isObject(error.body) && isObject(error.body.errors) && Object.keys(error.body.errors).length > 0) {
    return { kind: 'form' };
  }
  const message = error instanceof Error && error.message ? error.message : typeof error === 'string' ? error : 'ra.notification.http_error';
  return { kind: 'notify', message };
}
