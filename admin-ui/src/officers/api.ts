// The certificate and training endpoints of the console API behind an interface, so screens can be
// tested against a fake; the default talks to the server with the signed-in user's token.
import { createContext, useContext } from 'react';
import { API_URL } from '../providers/dataProvider';
import { httpClient } from '../providers/httpClient';

export interface CertificateApi {
  /** GET /console-api/officers/:id/certificate */
  view(id: string): Promise<unknown>;
  /** POST /console-api/officers/:id/certificate; rejects with the server's HttpError. */
  step(id: string, body: Record<string, unknown>): Promise<unknown>;
  /** GET /console-api/training-hours?year= */
  trainingHours(year: number): Promise<unknown>;
}

const officerUrl = (id: string): string => `${API_URL}/officers/${encodeURIComponent(id)}/certificate`;

export const serverCertificateApi: CertificateApi = {
  view: async (id) => (await httpClient(officerUrl(id))).json,
  step: async (id, body) => (await httpClient(officerUrl(id), { method: 'POST', body: JSON.stringify(body) })).json,
  trainingHours: async (year) => (await httpClient(`${API_URL}/training-hours?year=${year}`)).json,
};

export const CertificateApiContext = createContext<CertificateApi>(serverCertificateApi);
export const useCertificateApi = (): CertificateApi => useContext(CertificateApiContext);
