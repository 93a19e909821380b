import type { RunningSystem } from './server';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __nmgSystem?: RunningSystem }).__nmgSystem?.stop();
}
