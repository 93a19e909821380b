// Accountability situations (追责情形) and their basis: a column every published list must carry.
import { ArrayInput, SimpleFormIterator, TextInput, required } from 'react-admin';
import { usePowerText } from './usePowerText';

export const AccountabilityInputs = () => {
  const { field } = usePowerText();
  return (
    <ArrayInput source="accountabilities" label={field('accountabilities')}>
      <SimpleFormIterator fullWidth getItemLabel={(index) => `${index + 1}`}>
        <TextInput source="situation" label={field('accountabilities.situation')} validate={required()} multiline minRows={2} fullWidth />
        <TextInput source="basis" label={field('accountabilities.basis')} multiline fullWidth />
      </SimpleFormIterator>
    </ArrayInput>
  );
};
