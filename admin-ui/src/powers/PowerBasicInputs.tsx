// Identity of the item (code, name, type, tier, status), who exercises it, the catalogue entry and
// adjustment it stems from (Art. 11), and the published-list columns: time limits, fees, phones,
// service guide and flowchart text.
import { useMemo } from 'react';
import { Stack } from '@mui/material';
import { AutocompleteInput, ReferenceInput, SelectInput, TextInput, maxLength, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useSession } from '../providers/useSession';
import { pickerDefault, pickerFilter } from '../schema/pickerScope';
import { usePowerText } from './usePowerText';

const row = { direction: { xs: 'column', md: 'row' }, columnGap: 2, sx: { width: '100%' } } as const;

type Labelled = Record<string, unknown>;
const str = (record: Labelled, key: string): string => (typeof record[key] === 'string' ? String(record[key]) : '');

export const PowerBasicInputs = () => {
  const { field, choices, enumLabel } = usePowerText();
  const { me } = useSession();
  const departmentFilter = useMemo(() => pickerFilter('departments', 'department', me), [me]);
  const department: unknown = useWatch({ name: 'department' });
  const type: unknown = useWatch({ name: 'type' });

  const catalogueText = (record: Labelled): string => [str(record, 'code'), str(record, 'name'), str(record, 'subItem')].filter(Boolean).join(' ');
  const adjustmentText = (record: Labelled): string => {
    const reason = str(record, 'reason');
    return [
      enumLabel('power-adjustments.kind', str(record, 'kind')),
      enumLabel('power-adjustments.state', str(record, 'state')),
      reason.length > 40 ? `${reason.slice(0, 40)}…` : reason,
    ].filter(Boolean).join('｜');
  };

  return (
    <>
      <Stack {...row}>
        <TextInput source="code" label={field('code')} validate={[required(), maxLength(40)]} sx={{ flex: 1 }} />
        <SelectInput source="type" label={field('type')} choices={choices('powers.type')} validate={required()} sx={{ flex: 1 }} />
        <SelectInput source="status" label={field('status')} choices={choices('powers.status')} validate={required()} sx={{ flex: 1 }} />
      </Stack>
      <TextInput source="name" label={field('name')} validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="subItem" label={field('subItem')} validate={maxLength(200)} fullWidth />
      <Stack {...row}>
        {/* The user's own subtree, its own department first (issue 14, point 7). */}
        <ReferenceInput source="department" reference="departments" filter={departmentFilter}>
          <AutocompleteInput label={field('department')} optionText="name" validate={required()} fullWidth sx={{ flex: 2 }} filterToQuery={(q: string) => ({ q })} defaultValue={pickerDefault('powers', 'departments', 'department', me)} />
        </ReferenceInput>
        <SelectInput source="tier" label={field('tier')} choices={choices('powers.tier')} sx={{ flex: 1 }} />
      </Stack>
      <Stack {...row}>
        {/* Only catalogue entries of the chosen type are offered: the item instantiates one of them. */}
        <ReferenceInput source="catalogueItem" reference="catalogue-items" filter={typeof type === 'string' && type ? { type } : {}}>
          <AutocompleteInput label={field('catalogueItem')} optionText={catalogueText} fullWidth sx={{ flex: 1 }} />
        </ReferenceInput>
        {/* Art. 11: adding, cancelling or delegating needs an approved adjustment of this department. */}
        <ReferenceInput source="adjustment" reference="power-adjustments" filter={typeof department === 'string' && department ? { department } : {}}>
          <AutocompleteInput label={field('adjustment')} optionText={adjustmentText} fullWidth sx={{ flex: 1 }} />
        </ReferenceInput>
      </Stack>
      <Stack {...row}>
        <TextInput source="legalTimeLimit" label={field('legalTimeLimit')} validate={maxLength(100)} sx={{ flex: 1 }} />
        <TextInput source="promisedTimeLimit" label={field('promisedTimeLimit')} validate={maxLength(100)} sx={{ flex: 1 }} />
      </Stack>
      <Stack {...row}>
        <TextInput source="consultationPhone" label={field('consultationPhone')} validate={maxLength(40)} sx={{ flex: 1 }} />
        <TextInput source="supervisionPhone" label={field('supervisionPhone')} validate={maxLength(40)} sx={{ flex: 1 }} />
      </Stack>
      <TextInput source="feeBasis" label={field('feeBasis')} multiline minRows={2} fullWidth />
      <TextInput source="serviceGuide" label={field('serviceGuide')} multiline minRows={3} fullWidth />
      <TextInput source="flowchart" label={field('flowchart')} multiline minRows={2} fullWidth />
      <TextInput source="remarks" label={field('remarks')} multiline minRows={2} fullWidth />
    </>
  );
};
