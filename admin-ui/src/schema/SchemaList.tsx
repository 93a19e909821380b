// The generic list of a resource: columns, sorts and filters from its schema; row click, buttons
// and bulk actions only where the role allows them.
import type { ComponentType } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import {
  BulkDeleteButton,
  BulkExportButton,
  ColumnsButton,
  CreateButton,
  DataTable,
  EditButton,
  ExportButton,
  FilterButton,
  List,
  ShowButton,
  TopToolbar,
  useResourceContext,
  useTranslate,
  type Exporter,
} from 'react-admin';
import type { ResourceSchema } from '../providers/types';
import { useCan, useResourceSchema } from '../providers/useSession';
import { isSortable, listColumns } from './fieldKinds';
import { useFieldLabel } from './labels';
import { SchemaCards } from './SchemaCards';
import { CappedPagination } from './CappedPagination';
import { SchemaField } from './SchemaField';
import { useSchemaFilters } from './schemaFilters';

export interface SchemaListProps {
  /** Replaces react-admin's CSV exporter (e.g. the .xlsx/.csv exporter of src/export). */
  exporter?: Exporter;
  /** Extra buttons for the toolbar, e.g. import. */
  extraActions?: ComponentType[];
  /** Where a row click leads when the role may go there (default: edit, else show). */
  rowClick?: 'show' | 'edit';
}

/** ra-data-simple-rest sends `meta.embed` as the `embed` query parameter. */
const LIST_QUERY = { meta: { embed: [] } };

const ListActions = ({ hasFilters, ownExport, extraActions = [] }: { hasFilters: boolean; ownExport: boolean; extraActions?: ComponentType[] }) => (
  <TopToolbar>
    {hasFilters && <FilterButton />}
    <CreateButton />
    <ColumnsButton />
    {/* Without the console's exporter: react-admin's CSV, at most one server page (MAX_PAGE 1000 rows). */}
    {ownExport && <ExportButton maxResults={1000} />}
    {extraActions.map((Action, index) => (
      <Action key={index} />
    ))}
  </TopToolbar>
);

const BulkActions = ({ canDelete }: { canDelete: boolean }) => (
  <>
    <BulkExportButton />
    {canDelete && <BulkDeleteButton mutationMode="pessimistic" />}
  </>
);

export const SchemaListView = ({ schema, exporter, extraActions, rowClick }: SchemaListProps & { schema: ResourceSchema }) => {
  const translate = useTranslate();
  const can = useCan();
  const fieldLabel = useFieldLabel(schema.name);
  const filters = useSchemaFilters(schema);
  const { columns, hidden } = listColumns(schema.fields);
  const canEdit = can(schema.name, 'edit');
  const canShow = can(schema.name, 'show');
  const rowTarget = rowClick === 'show' && canShow ? 'show' : canEdit ? 'edit' : canShow ? 'show' : false;
  // Below 600 px a table of eight columns cannot be read: cards instead (issue 14 point 10).
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List
      filters={filters.length > 0 ? filters : undefined}
      actions={<ListActions hasFilters={filters.some((f) => f.key !== 'q')} ownExport={!exporter} extraActions={extraActions} />}
      exporter={exporter}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      pagination={<CappedPagination />}
      // The table shows no component (steps, bases…): the server leaves them out (cms/src/console/query.ts
      // parseEmbed), a third of the work and most of the bytes. The meta also keeps these lean rows
      // out of the record cache that edit and show pages read (react-admin keys it by meta).
      queryOptions={LIST_QUERY}
    >
      {phone ? (
        <SchemaCards schema={schema} columns={columns} linkType={rowTarget} />
      ) : (
        <DataTable
          rowClick={rowTarget}
          hiddenColumns={hidden}
          bulkActionButtons={<BulkActions canDelete={can(schema.name, 'delete')} />}
        >
          {columns.map((field) => (
            <DataTable.Col key={field.name} source={field.name} label={fieldLabel(field.name, field.label)} disableSort={!isSortable(field)}>
              <SchemaField resource={schema.name} field={field} path={field.name} source={field.name} />
            </DataTable.Col>
          ))}
          <DataTable.Col label={translate('app.list.actions')} align="right">
            {canShow && <ShowButton />}
            {canEdit && <EditButton />}
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

/** For <Resource list>: reads the resource's schema from the session. */
export const SchemaList = (props: SchemaListProps) => {
  const resource = useResourceContext();
  const schema = useResourceSchema(resource);
  return schema ? <SchemaListView schema={schema} {...props} /> : null;
};
