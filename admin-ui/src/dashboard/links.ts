// A figure links to the console list that shows its records: react-admin list URLs take the
// filter as JSON in ?filter=, the same dialect the console API accepts.
import type { Figure } from './types';

export interface ListLocation {
  pathname: string;
  search: string;
}

/** `listPath` is the list route of the resource as react-admin builds it (basename included). */
export const figureLink = (figure: Figure, listPath: string): ListLocation => ({
  pathname: listPath,
  search: `?${new URLSearchParams({ filter: JSON.stringify(figure.filter) }).toString()}`,
});

/** Distinguishes figures sharing a key, e.g. certificates expiring within 60 and within 30 days. */
export const figureId = (figure: Figure): string =>
  [figure.key, ...Object.entries(figure.params ?? {}).map(([k, v]) => `${k}-${v}`)].join('-');
