// One audit event in words: who, when, what, on which record (by its name, a link to it), from where,
// and what changed. Replaces the generic page, which showed the record's documentId (issue 14).
import { Typography } from '@mui/material';
import { DateField, Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { useResourceSchema, useSession } from '../providers/useSession';
import { SchemaField } from '../schema';
import { AuditRecordField } from './AuditRecordField';
import { resourceLabel } from './auditFields';

const RESOURCE = 'audit-logs';

const useTexts = () => {
  const translate = useTranslate();
  const { schemas } = useSession();
  return {
    label: (name: string) => translate(`resources.${RESOURCE}.fields.${name}`, { _: name }),
    action: (value: unknown) => translate(`enums.${RESOURCE}.action.${String(value)}`, { _: String(value) }),
    resource: (value: unknown) => resourceLabel(String(value), schemas, translate),
    translate,
  };
};

const AuditTitle = () => {
  const record = useRecordContext();
  const t = useTexts();
  if (!record) return null;
  return <span>{`${t.translate('resources.audit-logs.name', { smart_count: 1 })}：${t.translate('app.audit.title', { actor: String(record.actor ?? ''), action: t.action(record.action) })}`}</span>;
};

const InWords = ({ source, text }: { source: string; text: (value: unknown) => string }) => {
  const record = useRecordContext();
  return (
    <Typography component="span" variant="body2">
      {record ? text(record[source]) : ''}
    </Typography>
  );
};

export const AuditShow = () => {
  const t = useTexts();
  const schema = useResourceSchema(RESOURCE);
  const changes = schema?.fields.find((f) => f.name === 'changes');
  const actorKind = schema?.fields.find((f) => f.name === 'actorKind');
  return (
    <Show title={<AuditTitle />}>
      <SimpleShowLayout>
        <DateField source="at" label={t.label('at')} showTime locales="zh-CN" options={{ timeZone: 'Asia/Shanghai' }} />
        <TextField source="actor" label={t.label('actor')} />
        {actorKind && (
          <Labeled label={t.label('actorKind')}>
            <SchemaField resource={RESOURCE} field={actorKind} path="actorKind" source="actorKind" />
          </Labeled>
        )}
        <TextField source="organisation" label={t.label('organisation')} />
        <Labeled label={t.label('role')}>
          <InWords source="role" text={(value) => t.translate(`app.roles.${String(value)}`, { _: String(value ?? '') })} />
        </Labeled>
        <Labeled label={t.label('action')}>
          <InWords source="action" text={t.action} />
        </Labeled>
        <Labeled label={t.label('resource')}>
          <InWords source="resource" text={t.resource} />
        </Labeled>
        <Labeled label={t.translate('app.audit.record')}>
          <AuditRecordField />
        </Labeled>
        <TextField source="address" label={t.label('address')} emptyText="—" />
        {changes && (
          <Labeled label={t.label('changes')} fullWidth>
            <SchemaField resource={RESOURCE} field={changes} path="changes" source="changes" />
          </Labeled>
        )}
      </SimpleShowLayout>
    </Show>
  );
};
