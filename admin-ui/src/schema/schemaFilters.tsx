// List filters from the schema: full-text search, enumerations, relations the role may browse, date
// ranges (<field>_gte / _lte) and yes/no, in the filter dialect of the console API.
import type { ReactElement } from 'react';
import { AutocompleteInput, DateInput, NullableBooleanInput, ReferenceInput, SearchInput, SelectInput, useTranslate } from 'react-admin';
import type { FieldSchema, ResourceSchema } from '../providers/types';
import { useCan, useSession } from '../providers/useSession';
import { filterSpecs, hasSearchableText } from './fieldKinds';
import { useEnumLabel, useFieldLabel } from './labels';
import { pickerFilter } from './pickerScope';
import { recordLabel } from './representation';

/** Returns the filter inputs for <List filters>; a hook because labels are translated. */
export function useSchemaFilters(schema: ResourceSchema): ReactElement[] {
  const translate = useTranslate();
  const can = useCan();
  const { schemas, me } = useSession();
  const fieldLabel = useFieldLabel(schema.name);
  const enumLabel = useEnumLabel(schema.name);
  const label = (f: FieldSchema) => fieldLabel(f.name, f.label);
  const filters: ReactElement[] = [];
  if (hasSearchableText(schema.fields)) filters.push(<SearchInput key="q" source="q" alwaysOn placeholder={translate('ra.action.search')} />);
  for (const { field, kind } of filterSpecs(schema.fields, (resource) => can(resource, 'list'))) {
    if (kind === 'enum') {
      const choices = (field.enum ?? []).map((value) => ({ id: value, name: enumLabel(field.name, value) }));
      filters.push(<SelectInput key={field.name} source={field.name} label={label(field)} choices={choices} />);
    } else if (kind === 'reference') {
      const optionText = recordLabel(schemas.find((s) => s.name === field.reference), (key, options) => translate(key, options));
      filters.push(
        <ReferenceInput key={field.name} source={field.name} reference={field.reference ?? ''} filter={pickerFilter(field.reference ?? '', field.name, me)}>
          <AutocompleteInput label={label(field)} optionText={optionText} filterToQuery={(q: string) => ({ q })} />
        </ReferenceInput>,
      );
    } else if (kind === 'dateRange') {
      filters.push(<DateInput key={`${field.name}_gte`} source={`${field.name}_gte`} label={translate('app.filter.from', { field: label(field) })} />);
      filters.push(<DateInput key={`${field.name}_lte`} source={`${field.name}_lte`} label={translate('app.filter.to', { field: label(field) })} />);
    } else {
      filters.push(<NullableBooleanInput key={field.name} source={field.name} label={label(field)} />);
    }
  }
  return filters;
}
