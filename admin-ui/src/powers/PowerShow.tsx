// A power as the published list shows it: main fields, legal bases, responsibility steps and the
// 运行流程图 drawn from those steps (downloadable as SVG or PNG).
import { ArrayField, Datagrid, FunctionField, ReferenceField, Show, TabbedShowLayout, TextField, useRecordContext, type RaRecord } from 'react-admin';
import { FlowchartView } from '../flowchart';
import type { PowerEnum } from './texts';
import { usePowerText } from './usePowerText';

const str = (record: RaRecord | undefined, key: string): string => (record && typeof record[key] === 'string' ? String(record[key]) : '');

const EnumField = ({ source, enumName, label }: { source: string; enumName: PowerEnum; label: string }) => {
  const { enumLabel } = usePowerText();
  return <FunctionField source={source} label={label} render={(record: RaRecord) => (str(record, source) ? enumLabel(enumName, str(record, source)) : '')} />;
};

const PowerFlowchart = () => {
  const record = useRecordContext();
  if (!record) return null;
  return <FlowchartView steps={record.steps} name={str(record, 'name')} code={str(record, 'code')} />;
};

export const PowerShow = () => {
  const { field, text, enumLabel } = usePowerText();
  return (
    <Show>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={text('section_basic')}>
          <TextField source="code" label={field('code')} />
          <TextField source="name" label={field('name')} />
          <TextField source="subItem" label={field('subItem')} />
          <EnumField source="type" enumName="powers.type" label={field('type')} />
          <EnumField source="tier" enumName="powers.tier" label={field('tier')} />
          <EnumField source="status" enumName="powers.status" label={field('status')} />
          <ReferenceField source="department" reference="departments" label={field('department')}>
            <TextField source="name" />
          </ReferenceField>
          <ReferenceField source="catalogueItem" reference="catalogue-items" label={field('catalogueItem')}>
            <TextField source="name" />
          </ReferenceField>
          <TextField source="legalTimeLimit" label={field('legalTimeLimit')} />
          <TextField source="promisedTimeLimit" label={field('promisedTimeLimit')} />
          <TextField source="feeBasis" label={field('feeBasis')} />
          <TextField source="consultationPhone" label={field('consultationPhone')} />
          <TextField source="supervisionPhone" label={field('supervisionPhone')} />
          <TextField source="serviceGuide" label={field('serviceGuide')} sx={{ whiteSpace: 'pre-line' }} />
          <TextField source="remarks" label={field('remarks')} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={text('section_bases')} path="bases">
          <ArrayField source="bases" label={field('bases')}>
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <FunctionField label={field('bases.kind')} render={(row: RaRecord) => enumLabel('powers.bases.kind', str(row, 'kind'))} />
              <ReferenceField source="legalBasis" reference="legal-bases" label={field('bases.legalBasis')}>
                <TextField source="title" />
              </ReferenceField>
              <TextField source="articles" label={field('bases.articles')} />
              <TextField source="excerpt" label={field('bases.excerpt')} />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={text('section_steps')} path="steps">
          <PowerFlowchart />
          <ArrayField source="steps" label={field('steps')}>
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <TextField source="step" label={field('steps.step')} />
              <TextField source="content" label={field('steps.content')} />
              <TextField source="basis" label={field('steps.basis')} />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};
