import { startSystem, type RunningSystem } from './server';

export default async function globalSetup(): Promise<void> {
  // While writing tests: point NMG_E2E_BASE_URL at a system already running (seeded as in server.ts)
  // to skip the half-minute start. Tests create records with unique names, so reruns do not clash.
  if (process.env.NMG_E2E_BASE_URL) return;
  const system = await startSystem();
  (globalThis as { __nmgSystem?: RunningSystem }).__nmgSystem = system;
  process.env.NMG_E2E_BASE_URL = system.baseUrl;
}
