// Shows registration as off where administrators look for it (Strapi admin → Users & Permissions →
// Advanced settings). global::registration-closed refuses it whatever this setting says.
import type { Core } from '@strapi/strapi';
import { isRow } from '../util/row';

export async function closeRegistration(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced: unknown = await store.get({ key: 'advanced' });
  if (isRow(advanced) && advanced.allow_register !== false) await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
}
