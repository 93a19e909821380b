// Responsibility steps (责任事项): the ordered steps of exercising the power, each with its
// responsibility and basis; the flowchart is drawn from them.
import { ArrayInput, SimpleFormIterator, TextInput, maxLength, required } from 'react-admin';
import { TemplateFillButton } from './TemplateFillButton';
import { usePowerText } from './usePowerText';

export const StepsInputs = () => {
  const { field } = usePowerText();
  return (
    <ArrayInput source="steps" label={field('steps')}>
      <TemplateFillButton />
      <SimpleFormIterator fullWidth getItemLabel={(index) => `${index + 1}`}>
        <TextInput source="step" label={field('steps.step')} validate={[required(), maxLength(60)]} fullWidth />
        <TextInput source="content" label={field('steps.content')} multiline minRows={2} fullWidth />
        <TextInput source="basis" label={field('steps.basis')} multiline fullWidth />
      </SimpleFormIterator>
    </ArrayInput>
  );
};
