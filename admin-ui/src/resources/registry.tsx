// <Resource> elements from the stored schemas: a view is registered only when the role may use it,
// so react-admin's own links and buttons (hasEdit, hasShow …) follow the role too.
import { useMemo } from 'react';
import { Resource, useResourceContext } from 'react-admin';
import { canAccess } from '../providers/canAccess';
import type { ConsolePermissions, ResourceSchema } from '../providers/types';
import { resourceIcon } from '../layout/resourceIcons';
import { i18nProvider } from '../providers/i18nProvider';
import { recordLabel, SchemaCreate, SchemaEdit, SchemaList, SchemaShow } from '../schema';
import { customResources, listExtensions } from './custom';

/** The generic list with the exporter and toolbar additions of listExtensions and customResources. */
const ConfiguredList = () => {
  const resource = useResourceContext() ?? '';
  const extraActions = useMemo(() => [...listExtensions.actions, ...(customResources[resource]?.listActions ?? [])], [resource]);
  const exporter = useMemo(() => listExtensions.exporter?.(resource), [resource]);
  return <SchemaList exporter={exporter} extraActions={extraActions} rowClick={customResources[resource]?.rowClick} />;
};

export function resourceElements(schemas: ResourceSchema[], permissions: ConsolePermissions | undefined) {
  return schemas.map((schema) => {
    const custom = customResources[schema.name] ?? {};
    const may = (action: string) => canAccess(permissions, { resource: schema.name, action });
    return (
      <Resource
        key={schema.name}
        name={schema.name}
        options={{ label: schema.label }}
        recordRepresentation={recordLabel(schema, (key, options) => String(i18nProvider.translate(key, options)))}
        icon={resourceIcon(schema.name)}
        list={may('list') ? (custom.list ?? ConfiguredList) : undefined}
        show={may('show') ? (custom.show ?? SchemaShow) : undefined}
        edit={may('edit') ? (custom.edit ?? SchemaEdit) : undefined}
        create={may('create') ? (custom.create ?? SchemaCreate) : undefined}
      />
    );
  });
}
