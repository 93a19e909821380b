// Gives every field its Chinese label (config/labels.json) in the Content Manager's view
// configuration, where both Strapi admin and the console's schemas endpoint read it. A label an
// administrator has already changed (anything but the field's own name) is left as it is.
import type { Core } from '@strapi/strapi';
import { regulationConfig } from '@nmg/config';
import { modelOf } from '../store/snapshot';
import { consoleResources } from '../console/resources';
import { asRow, type Row } from '../util/row';

const STORE = { type: 'plugin' as const, name: 'content_manager_configuration' };

async function relabel(strapi: Core.Strapi, key: string, labels: Record<string, string>): Promise<void> {
  const stored: unknown = await strapi.store.get({ ...STORE, key });
  const config = asRow(stored);
  const metadatas = asRow(config?.metadatas);
  if (!config || !metadatas) return;
  let changed = false;
  for (const [field, meta] of Object.entries(metadatas)) {
    const label = labels[field];
    const m = asRow(meta);
    if (!label || !m) continue;
    for (const view of ['edit', 'list']) {
      const v = asRow(m[view]);
      if (v && (v.label === undefined || v.label === field)) {
        v.label = label;
        changed = true;
      }
    }
  }
  if (changed) await strapi.store.set({ ...STORE, key, value: config });
}

export async function applyFieldLabels(strapi: Core.Strapi): Promise<void> {
  const labels = regulationConfig().labels;
  for (const resource of consoleResources(strapi)) {
    const fields = labels[resource.name]?.fields ?? {};
    await relabel(strapi, `content_types::${resource.uid}`, fields);
    // Component fields are labelled as '<componentField>.<subField>' under the resource that uses them.
    for (const [name, attr] of Object.entries(modelOf(strapi, resource.uid).attributes)) {
      if (attr.type !== 'component' || !attr.component) continue;
      const prefix = `${name}.`;
      const sub: Row = {};
      for (const [key, label] of Object.entries(fields)) if (key.startsWith(prefix)) sub[key.slice(prefix.length)] = label;
      if (Object.keys(sub).length > 0) await relabel(strapi, `components::${attr.component}`, sub as Record<string, string>);
    }
  }
}
