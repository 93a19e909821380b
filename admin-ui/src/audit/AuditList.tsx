// 审计日志: who did what, when, from where, to which record, for the roles config/security.json
// names (the server reads nothing for anyone else). Filters: person, action, record type, record
// number, date range; export of every matching row to .xlsx or .csv with actions in words.
import { useMemo } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, DateInput, DateField, List, SimpleList, SearchInput, SelectInput, ShowButton, TextInput, TopToolbar, FilterButton, useTranslate } from 'react-admin';
import { createExporter, ExportButtons } from '../export';
import { localizer } from '../providers/i18nProvider';
import { useSession } from '../providers/useSession';
import { auditFields, AUDIT_ACTIONS, ACCOUNT_RESOURCES, resourceLabel } from './auditFields';
import { AuditRecordField } from './AuditRecordField';

const RESOURCE = 'audit-logs';

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButtons />
  </TopToolbar>
);

export const AuditList = () => {
  const translate = useTranslate();
  const { schemas } = useSession();
  const schema = schemas.find((s) => s.name === RESOURCE);
  const uids = useMemo(() => schemas.map((s) => s.uid), [schemas]);
  const label = (name: string) => translate(`resources.${RESOURCE}.fields.${name}`, { _: name });
  const actionText = (value: unknown) => translate(`enums.${RESOURCE}.action.${String(value)}`, { _: String(value) });
  const resourceText = (value: unknown) => resourceLabel(String(value), schemas, translate);
  const exporter = useMemo(() => {
    // The export names resource types as the screen does (uids hold dots, which message keys cannot).
    const exportTranslate = (key: string, options?: Record<string, unknown>) => {
      const prefix = `enums.${RESOURCE}.resource.`;
      return key.startsWith(prefix) ? resourceLabel(key.slice(prefix.length), schemas, localizer.translate) : localizer.translate(key, options);
    };
    return createExporter(RESOURCE, auditFields(schema, uids), { translate: exportTranslate });
  }, [schema, schemas, uids]);
  // On a phone a card per event (who, what, when) instead of the eight-column table (issue 14, point 10).
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const when = (value: unknown) => (typeof value === 'string' ? new Date(value).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '');
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('ra.action.search')} />,
    <TextInput key="actor_q" source="actor_q" label={label('actor')} alwaysOn />,
    <SelectInput key="action" source="action" label={label('action')} alwaysOn choices={AUDIT_ACTIONS.map((a) => ({ id: a, name: actionText(a) }))} />,
    <SelectInput key="resource" source="resource" label={label('resource')} choices={[...uids, ...Object.keys(ACCOUNT_RESOURCES)].map((uid) => ({ id: uid, name: resourceText(uid) }))} />,
    <TextInput key="recordId" source="recordId" label={label('recordId')} />,
    <DateInput key="at_gte" source="at_gte" label={translate('app.filter.from', { field: label('at') })} alwaysOn />,
    <DateInput key="at_lte" source="at_lte" label={translate('app.filter.to', { field: label('at') })} alwaysOn />,
  ];
  return (
    <List resource={RESOURCE} filters={filters} actions={<Actions />} exporter={exporter} sort={{ field: 'id', order: 'DESC' }} perPage={25}>
      {phone ? (
        <SimpleList
          className="audit-cards"
          linkType="show"
          primaryText={(record) => `${String(record.actor ?? '')} · ${actionText(record.action)}`}
          secondaryText={(record) => resourceText(record.resource)}
          tertiaryText={(record) => when(record.at)}
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="at" label={label('at')}>
            <DateField source="at" showTime locales="zh-CN" options={{ timeZone: 'Asia/Shanghai' }} />
          </DataTable.Col>
          <DataTable.Col source="actor" label={label('actor')} />
          <DataTable.Col source="organisation" label={label('organisation')} disableSort />
          <DataTable.Col source="action" label={label('action')} render={(record) => actionText(record.action)} />
          <DataTable.Col source="resource" label={label('resource')} render={(record) => resourceText(record.resource)} />
          <DataTable.Col source="recordId" label={translate('app.audit.record')} disableSort>
            <AuditRecordField />
          </DataTable.Col>
          <DataTable.Col source="address" label={label('address')} disableSort />
          <DataTable.Col label={translate('app.list.actions')} align="right">
            <ShowButton />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
