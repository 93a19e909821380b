// Decomposition (职权分解, Art. 11-12): which agency of the department and which post in it handles,
// reviews, approves or legally reviews the power. Agencies are those of the power's department,
// posts those of the chosen agency. Posts must be staffed by certified officers (CERTIFIED_OFFICER,
// reported on 'decomposition').
import { Alert, Stack } from '@mui/material';
import { ArrayInput, AutocompleteInput, ReferenceInput, SelectInput, SimpleFormIterator, required, useSourceContext } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { usePowerText } from './usePowerText';

const idOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** One row: the post list follows the agency chosen in the same row. */
const DecompositionRow = ({ department }: { department: string }) => {
  const { field, choices, text } = usePowerText();
  const sourceContext = useSourceContext();
  const { setValue } = useFormContext();
  const agency = idOf(useWatch({ name: sourceContext.getSource('agency') }));
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2} sx={{ width: '100%' }}>
      <ReferenceInput source="agency" reference="agencies" filter={{ department }}>
        <AutocompleteInput
          label={field('decomposition.agency')}
          optionText="name"
          validate={required()}
          fullWidth
          // A post of the previous agency would be wrong for the new one.
          onChange={() => setValue(sourceContext.getSource('post'), null, { shouldDirty: true })}
          sx={{ flex: 2 }}
        />
      </ReferenceInput>
      <ReferenceInput source="post" reference="posts" filter={agency ? { agency } : {}} enableGetChoices={() => agency !== null}>
        <AutocompleteInput
          label={field('decomposition.post')}
          optionText="name"
          validate={required()}
          fullWidth
          disabled={agency === null}
          helperText={agency === null ? text('post_pick_agency_first') : undefined}
          sx={{ flex: 2 }}
        />
      </ReferenceInput>
      <SelectInput source="role" label={field('decomposition.role')} choices={choices('powers.decomposition.role')} defaultValue="handle" validate={required()} sx={{ flex: 1 }} />
    </Stack>
  );
};

export const DecompositionInputs = () => {
  const { field, text } = usePowerText();
  const department = idOf(useWatch({ name: 'department' }));
  if (!department) return <Alert severity="info">{text('decomposition_pick_department')}</Alert>;
  return (
    <ArrayInput source="decomposition" label={field('decomposition')}>
      <SimpleFormIterator fullWidth getItemLabel={(index) => `${index + 1}`}>
        <DecompositionRow department={department} />
      </SimpleFormIterator>
    </ArrayInput>
  );
};
