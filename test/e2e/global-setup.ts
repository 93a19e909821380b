import { startSystem, type RunningSystem } from './server';

export default async function globalSetup(): Promise<void> {
  const system = await startSystem();
  (globalThis as { __nmgSystem?: RunningSystem }).__nmgSystem = system;
  process.env.NMG_E2E_BASE_URL = system.baseUrl;
}
