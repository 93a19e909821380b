// One form input by schema type (edit and create). Component sub-fields recurse with sources
// relative to the row (ArrayInput) or prefixed (single component), so that server errors keyed
// 'bases.0.articles' land under the input they concern.
import { useMemo } from 'react';
import { Box, Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
  DateTimeInput,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  PasswordInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
  type Validator,
} from 'react-admin';
import type { FieldSchema } from '../providers/types';
import { useCan, useSession } from '../providers/useSession';
import { isInteger, isLongText, isNumber } from './fieldKinds';
import { JsonInput } from './JsonInput';
import { pickerDefault, pickerFilter } from './pickerScope';
import { useRecordLabel } from './useRecordLabel';
import { useEnumChoices, useFieldLabel } from './labels';

export interface SchemaInputProps {
  resource: string;
  field: FieldSchema;
  /** Label path without row indexes, e.g. 'bases.articles'. */
  path: string;
  source: string;
}

/** Types the console cannot edit (files, dynamic zones): left to Strapi admin. A password (accounts
 * only) is written, never read back: the server keeps it when left empty on an edit. */
export const NOT_EDITABLE = ['media', 'dynamiczone', 'blocks'];

const emptyToNull = (value: unknown): unknown => (value === '' ? null : value);

function validatorsOf(field: FieldSchema): Validator[] {
  const out: Validator[] = [];
  // A required boolean is always answered; a required to-many or component is checked by the server.
  if (field.required && field.type !== 'boolean' && !field.many && field.type !== 'component') out.push(required());
  if (field.maxLength !== undefined) out.push(maxLength(field.maxLength));
  if (field.min !== undefined && isNumber(field)) out.push(minValue(field.min));
  if (field.max !== undefined && isNumber(field)) out.push(maxValue(field.max));
  return out;
}

const EnumInput = ({ resource, field, path, source, label, validate }: SchemaInputProps & { label: string; validate: Validator[] }) => {
  const choices = useEnumChoices(resource, path, field.enum);
  return <SelectInput source={source} label={label} choices={choices} validate={validate} parse={emptyToNull} />;
};

const RelationInput = ({ resource, field, source, label, validate }: SchemaInputProps & { label: string; validate: Validator[] }) => {
  const { me } = useSession();
  const can = useCan();
  const reference = field.reference ?? '';
  // Names, never codes or ids; organisations of the user's own subtree, searchable by name (issue 14, point 7).
  const optionText = useRecordLabel(reference);
  // A stable object: a new filter on every render makes the reference input fetch again and again.
  const filter = useMemo(() => pickerFilter(reference, field.name, me), [reference, field.name, me]);
  if (!can(reference, 'list')) {
    // The role may not browse the target, so it cannot pick one either; keep the value as it is.
    return <TextInput source={source} label={label} readOnly />;
  }
  return field.many ? (
    <ReferenceArrayInput source={source} reference={reference} filter={filter}>
      <AutocompleteArrayInput label={label} optionText={optionText} validate={validate} filterToQuery={(q: string) => ({ q })} />
    </ReferenceArrayInput>
  ) : (
    <ReferenceInput source={source} reference={reference} filter={filter}>
      <AutocompleteInput label={label} optionText={optionText} validate={validate} parse={emptyToNull} filterToQuery={(q: string) => ({ q })} defaultValue={pickerDefault(resource, reference, field.name, me)} />
    </ReferenceInput>
  );
};

const ComponentInput = ({ resource, field, path, source, label }: SchemaInputProps & { label: string }) => {
  const subFields = (field.fields ?? []).filter((f) => !NOT_EDITABLE.includes(f.type));
  const children = (prefix: string) =>
    subFields.map((sub) => <SchemaInput key={sub.name} resource={resource} field={sub} path={`${path}.${sub.name}`} source={`${prefix}${sub.name}`} />);
  if (field.repeatable) {
    // Short rows (no long text, few fields) fit on one line.
    const inline = subFields.length <= 4 && !subFields.some((f) => isLongText(f) || f.type === 'component' || f.many);
    return (
      <ArrayInput source={source} label={label}>
        <SimpleFormIterator inline={inline}>{children('')}</SimpleFormIterator>
      </ArrayInput>
    );
  }
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2, pb: 1, width: '100%' }}>
      <Typography component="legend" variant="body2" sx={{ px: 0.5 }}>
        {label}
      </Typography>
      {children(`${source}.`)}
    </Box>
  );
};

export const SchemaInput = (props: SchemaInputProps) => {
  const { resource, field, path, source } = props;
  const translate = useTranslate();
  const label = useFieldLabel(resource)(path, field.label);
  const validate = useMemo(() => validatorsOf(field), [field]);
  const helperText = field.personal ? translate('app.field.personal') : undefined;
  const common = { source, label, validate, helperText };
  if (NOT_EDITABLE.includes(field.type)) return null;
  if (field.type === 'enumeration') return <EnumInput {...props} label={label} validate={validate} />;
  if (field.type === 'relation') return <RelationInput {...props} label={label} validate={validate} />;
  if (field.type === 'component') return <ComponentInput {...props} label={label} />;
  if (field.type === 'json') return <JsonInput source={source} label={label} required={field.required} helperText={helperText} />;
  if (field.type === 'boolean') return <BooleanInput {...common} />;
  if (field.type === 'password') return <PasswordInput {...common} autoComplete="new-password" parse={emptyToNull} />;
  if (field.type === 'date') return <DateInput {...common} parse={emptyToNull} />;
  if (field.type === 'datetime') return <DateTimeInput {...common} />;
  if (isNumber(field)) return <NumberInput {...common} step={isInteger(field) ? 1 : 'any'} />;
  if (isLongText(field)) return <TextInput {...common} multiline minRows={2} parse={emptyToNull} />;
  return <TextInput {...common} parse={emptyToNull} />;
};
