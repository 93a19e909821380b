// One value of a record, rendered by its schema type (lists and show pages). Labels are set by the
// caller (DataTable column or Labeled), so the same renderer serves both.
import { Box, Chip } from '@mui/material';
import {
  ArrayField,
  DataTable,
  DateField,
  Labeled,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  TextField,
  useFieldValue,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { FieldSchema } from '../providers/types';
import { useCan } from '../providers/useSession';
import { isLongText, isNumber } from './fieldKinds';
import { useEnumLabel, useFieldLabel } from './labels';
import { readableJson } from './readableJson';

export interface SchemaFieldProps {
  resource: string;
  field: FieldSchema;
  /** Label path: 'name', or 'bases.kind' for a component's sub-field. */
  path: string;
  /** Source relative to the current record (the row of a component list for sub-fields). */
  source: string;
}

const EnumValue = ({ resource, path, source }: Omit<SchemaFieldProps, 'field'>) => {
  const value: unknown = useFieldValue({ source });
  const enumLabel = useEnumLabel(resource);
  if (value === null || value === undefined || value === '') return null;
  const values = Array.isArray(value) ? value : [value];
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 0.5 }}>
      {values.map((v) => (
        <Chip key={String(v)} size="small" label={enumLabel(path, String(v))} />
      ))}
    </Box>
  );
};

const JsonValue = ({ source }: { source: string }) => {
  const value: unknown = useFieldValue({ source });
  const translate = useTranslate();
  const lines = readableJson(value, translate);
  if (lines.length === 0) return null;
  if (lines.length === 1) return <span>{lines[0]}</span>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </Box>
  );
};

/** A short text that is a code of a value set on this resource (e.g. a task's 依据状态 `amended`) reads in words. */
const CodedText = ({ resource, path, source }: Omit<SchemaFieldProps, 'field'>) => {
  const value: unknown = useFieldValue({ source });
  const translate = useTranslate();
  if (typeof value !== 'string' || value === '') return null;
  return <span>{translate(`enums.${resource}.${path}.${value}`, { _: value })}</span>;
};

/** Yes/no in words (a ✓ reads as “fine” even where true is a warning, e.g. 证件失效); a field may
 * name its own texts as enums.<resource>.<field>.true|false, and a warning-coloured true. */
const BooleanValue = ({ resource, path, source }: Omit<SchemaFieldProps, 'field'>) => {
  const value: unknown = useFieldValue({ source });
  const translate = useTranslate();
  if (typeof value !== 'boolean') return null;
  const text = translate(`enums.${resource}.${path}.${String(value)}`, { _: translate(value ? 'app.desk.json.yes' : 'app.desk.json.no') });
  const warning = value && translate(`enums.${resource}.${path}.warning`, { _: '' }) === 'true';
  return warning ? <Chip size="small" color="warning" label={text} /> : <span>{text}</span>;
};

/** Years are not quantities: 2026, never 2,026. */
const NO_GROUPING = { useGrouping: false };

/** Sub-fields of a repeatable component as a small table; of a single one as labelled values. */
const ComponentValue = ({ resource, field, path, source }: SchemaFieldProps) => {
  const fieldLabel = useFieldLabel(resource);
  const subFields = field.fields ?? [];
  if (field.repeatable) {
    return (
      <ArrayField source={source}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
          {subFields.map((sub) => (
            <DataTable.Col key={sub.name} source={sub.name} label={fieldLabel(`${path}.${sub.name}`, sub.label)} disableSort>
              <SchemaField resource={resource} field={sub} path={`${path}.${sub.name}`} source={sub.name} />
            </DataTable.Col>
          ))}
        </DataTable>
      </ArrayField>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
      {subFields.map((sub) => (
        <Labeled key={sub.name} label={fieldLabel(`${path}.${sub.name}`, sub.label)}>
          <SchemaField resource={resource} field={sub} path={`${path}.${sub.name}`} source={`${source}.${sub.name}`} />
        </Labeled>
      ))}
    </Box>
  );
};

export const SchemaField = (props: SchemaFieldProps) => {
  const { resource, field, path, source } = props;
  const can = useCan();
  const translate = useTranslate();
  // Dates in the UI language (2024/3/1 in Chinese), not in the browser's default locale.
  const [locale] = useLocaleState();
  const locales = locale === 'zh' ? 'zh-CN' : locale;
  if (field.type === 'enumeration') return <EnumValue resource={resource} path={path} source={source} />;
  if (field.type === 'boolean') return <BooleanValue resource={resource} path={path} source={source} />;
  if (field.type === 'date') return <DateField source={source} locales={locales} />;
  if (field.type === 'datetime') return <DateField source={source} locales={locales} showTime />;
  if (isNumber(field)) return <NumberField source={source} options={/year/i.test(field.name) ? NO_GROUPING : undefined} />;
  if (field.type === 'json') return <JsonValue source={source} />;
  if (field.type === 'component') return <ComponentValue {...props} />;
  if (field.type === 'relation' && field.reference) {
    // Without the right to read the target, the server would refuse the lookup: show nothing.
    if (!can(field.reference, 'list')) return null;
    return field.many ? (
      <ReferenceArrayField source={source} reference={field.reference} />
    ) : (
      <ReferenceField source={source} reference={field.reference} link={can(field.reference, 'show') ? 'show' : false} />
    );
  }
  if (field.personal) {
    return <TextField source={source} title={translate('app.field.personal')} />;
  }
  if (!isLongText(field)) return <CodedText resource={resource} path={path} source={source} />;
  return <TextField source={source} sx={{ whiteSpace: 'pre-wrap' }} />;
};
