// Integrity risk points (廉政风险点): where in the process a risk lies, how high, and its control measure.
import { Stack } from '@mui/material';
import { ArrayInput, SelectInput, SimpleFormIterator, TextInput, maxLength, required } from 'react-admin';
import { usePowerText } from './usePowerText';

export const RiskPointInputs = () => {
  const { field, choices } = usePowerText();
  return (
    <ArrayInput source="riskPoints" label={field('riskPoints')}>
      <SimpleFormIterator fullWidth getItemLabel={(index) => `${index + 1}`}>
        <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2} sx={{ width: '100%' }}>
          <TextInput source="step" label={field('riskPoints.step')} validate={maxLength(60)} sx={{ flex: 3 }} />
          <SelectInput source="level" label={field('riskPoints.level')} choices={choices('powers.riskPoints.level')} validate={required()} sx={{ flex: 1 }} />
        </Stack>
        <TextInput source="description" label={field('riskPoints.description')} validate={required()} multiline minRows={2} fullWidth />
        <TextInput source="measure" label={field('riskPoints.measure')} multiline fullWidth />
      </SimpleFormIterator>
    </ArrayInput>
  );
};
