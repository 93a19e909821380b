// Discretion standards (裁量基准, Art. 15) of a penalty: the statutory range and the levels within
// it. The server checks order and ranges (DISCRETION_RANGE on statutoryMin or
// discretion.<n>.min / .max / .level), which the sources below match.
import { Alert, Stack } from '@mui/material';
import { ArrayInput, NumberInput, SimpleFormIterator, TextInput, maxLength, minValue, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { usePowerText } from './usePowerText';

const row = { direction: { xs: 'column', md: 'row' }, columnGap: 2, sx: { width: '100%' } } as const;

export const DiscretionInputs = () => {
  const { field, text } = usePowerText();
  const type: unknown = useWatch({ name: 'type' });
  // Other types keep whatever they hold (e.g. after a type change) but do not offer the inputs.
  if (type !== 'penalty') return <Alert severity="info">{text('discretion_penalty_only')}</Alert>;
  return (
    <>
      <Stack {...row}>
        <NumberInput source="statutoryMin" label={field('statutoryMin')} sx={{ flex: 1 }} />
        <NumberInput source="statutoryMax" label={field('statutoryMax')} sx={{ flex: 1 }} />
      </Stack>
      <ArrayInput source="discretion" label={field('discretion')}>
        <SimpleFormIterator fullWidth getItemLabel={(index) => `${index + 1}`}>
          <Stack {...row}>
            <NumberInput source="level" label={field('discretion.level')} validate={[required(), minValue(1)]} step={1} sx={{ maxWidth: 120 }} />
            <TextInput source="levelName" label={field('discretion.levelName')} validate={maxLength(20)} sx={{ flex: 1 }} />
            <TextInput source="penaltyKind" label={field('discretion.penaltyKind')} validate={[required(), maxLength(50)]} sx={{ flex: 1 }} />
          </Stack>
          <TextInput source="circumstance" label={field('discretion.circumstance')} validate={required()} multiline minRows={2} fullWidth />
          <Stack {...row}>
            <NumberInput source="min" label={field('discretion.min')} sx={{ flex: 1 }} />
            <NumberInput source="max" label={field('discretion.max')} sx={{ flex: 1 }} />
            <TextInput source="unit" label={field('discretion.unit')} validate={maxLength(20)} sx={{ flex: 1 }} />
          </Stack>
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
};
