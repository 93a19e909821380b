// The one form of a power, shared by Create and Edit: a tab per part of the published list.
// Tabs, not one long page: a penalty with bases, steps, discretion and decomposition runs to
// dozens of inputs. A tab holding an input the server refused is marked, so the refusal is found.
import { TabbedForm, TabbedFormTabs, type TabbedFormProps } from 'react-admin';
import { AccountabilityInputs } from './AccountabilityInputs';
import { BasesInputs } from './BasesInputs';
import { DecompositionInputs } from './DecompositionInputs';
import { DiscretionInputs } from './DiscretionInputs';
import { PowerBasicInputs } from './PowerBasicInputs';
import { RiskPointInputs } from './RiskPointInputs';
import { StepsInputs } from './StepsInputs';
import { usePowerText } from './usePowerText';

export const PowerInputs = (props: Omit<TabbedFormProps, 'children'>) => {
  const { text } = usePowerText();
  return (
    // Scrollable tabs: seven tab labels side by side are wider than a 390 px phone (issue 14 point 10).
    <TabbedForm warnWhenUnsavedChanges tabs={<TabbedFormTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />} {...props}>
      <TabbedForm.Tab label={text('section_basic')}>
        <PowerBasicInputs />
      </TabbedForm.Tab>
      <TabbedForm.Tab label={text('section_bases')} path="bases">
        <BasesInputs />
      </TabbedForm.Tab>
      <TabbedForm.Tab label={text('section_steps')} path="steps">
        <StepsInputs />
      </TabbedForm.Tab>
      <TabbedForm.Tab label={text('section_accountability')} path="accountabilities">
        <AccountabilityInputs />
      </TabbedForm.Tab>
      <TabbedForm.Tab label={text('section_discretion')} path="discretion">
        <DiscretionInputs />
      </TabbedForm.Tab>
      <TabbedForm.Tab label={text('section_risks')} path="risk-points">
        <RiskPointInputs />
      </TabbedForm.Tab>
      <TabbedForm.Tab label={text('section_decomposition')} path="decomposition">
        <DecompositionInputs />
      </TabbedForm.Tab>
    </TabbedForm>
  );
};
