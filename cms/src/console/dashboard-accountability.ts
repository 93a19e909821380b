// The dashboard's accountability figures (Art. 27, 29): open cases, correction orders past their
// deadline and not yet escalated, orders escalated by the job, and the criticisms they opened. Read
// through strapi.documents() inside the user's request, so the document-service middleware confines
// each count to the user's scope; each carries the console list filter that reproduces it.
import type { Core } from '@strapi/strapi';
import type { ConsoleUser } from './auth';
import type { Figure } from './dashboard';

const CASE = 'api::accountability-case.accountability-case';

export async function dashboardAccountability(strapi: Core.Strapi, user: ConsoleUser, today: string = new Date().toISOString().slice(0, 10)): Promise<Figure[]> {
  if (!user.actions.has(`${CASE}.find`)) return [];
  const docs = strapi.documents(CASE);
  const figure = async (key: string, filters: Record<string, unknown>, filter: Figure['filter']): Promise<Figure> =>
    ({ key, count: Number(await docs.count({ filters })), resource: 'accountability-cases', filter });
  return Promise.all([
    figure('casesOpen', { state: 'open' }, { state: 'open' }),
    figure('ordersOverdue', { state: 'open', measure: 'correction-order', deadline: { $lt: today } }, { state: 'open', measure: 'correction-order', deadline_lt: today }),
    figure('ordersEscalated', { state: 'escalated' }, { state: 'escalated' }),
    figure('criticismsOpen', { state: 'open', measure: 'circulated-criticism' }, { state: 'open', measure: 'circulated-criticism' }),
  ]);
}
