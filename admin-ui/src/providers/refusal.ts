// Turns a refusal of the console API ({ message, code, errors: { 'bases.0.articles': [msg] }, current? })
// into the HttpError react-admin understands: in pessimistic forms, body.errors is handed to
// react-hook-form, which puts each message under its input (dotted paths reach nested inputs of
// ArrayInput) and body.errors.root.serverError becomes the form's notification.
import { HttpError } from 'ra-core';
import { isObject } from './types';

export interface Localizer {
  /** Current UI locale, e.g. 'zh' or 'en'. */
  locale(): string;
  translate(key: string, options?: Record<string, unknown>): string;
}

/** Without a translator the server's own (Chinese) messages are used. */
export const serverWording: Localizer = { locale: () => 'zh', translate: (key, options) => (typeof options?._ === 'string' ? options._ : key) };

export type FormErrors = Record<string, string | { serverError: string }>;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** { field: ['a', 'b'] } → { field: 'a；b' }: react-hook-form holds one message per field. */
export function flattenFieldErrors(errors: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(errors)) return out;
  for (const [field, messages] of Object.entries(errors)) {
    const list = (Array.isArray(messages) ? messages : [messages]).map((m) => (typeof m === 'string' ? m : String(m))).filter((m) => m !== '');
    if (list.length > 0) out[field] = list.join('；');
  }
  return out;
}

/**
 * The server words its messages in Chinese and more precisely than a code can; other locales get
 * the translation of the code (errors.<CODE>), falling back to the server's words.
 */
function localized(code: string | null, serverMessage: string, localizer: Localizer): string {
  if (localizer.locale() === 'zh' || !code) return serverMessage;
  return localizer.translate(`errors.${code}`, { _: serverMessage });
}

export function toConsoleError(error: unknown, localizer: Localizer = serverWording): unknown {
  if (!(error instanceof HttpError)) return error;
  const body: unknown = error.body;
  if (!isObject(body)) return error;
  const code = text(body.code);
  const message = localized(code, text(body.message) ?? error.message, localizer);
  const fieldErrors = flattenFieldErrors(body.errors);
  const errors: FormErrors = {};
  for (const [field, fieldMessage] of Object.entries(fieldErrors)) errors[field] = localized(code, fieldMessage, localizer);
  // A stale edit (409) is answered with a reload dialog, not a form error: leave errors empty.
  if (error.status !== 409 && error.status !== 401) errors.root = { serverError: message };
  return new HttpError(message, error.status, { ...body, message, code, errors });
}

/** The record as it is now on the server, sent with 409 STALE_VERSION. */
export function staleCurrent(error: unknown): Record<string, unknown> | null {
  if (!(error instanceof HttpError) || error.status !== 409 || !isObject(error.body)) return null;
  if (error.body.code !== undefined && error.body.code !== 'STALE_VERSION') return null;
  return isObject(error.body.current) ? error.body.current : {};
}
