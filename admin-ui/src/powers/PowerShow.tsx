// A power as the published list shows it: main fields, legal bases, responsibility steps and the
// 运行流程图 drawn from those steps (downloadable as SVG or PNG), and everything else it holds in
// words (issue 14, point 8): 追责情形 (Art. 13), 裁量基准 (Art. 15), 廉政风险点 and the 职权分解 to
// agencies and posts (Art. 11), the agency and post by name.
import { Typography } from '@mui/material';
import { ArrayField, Datagrid, FunctionField, NumberField, ReferenceField, Show, TabbedShowLayout, TabbedShowLayoutTabs, TextField, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { FlowchartView } from '../flowchart';
import type { PowerEnum } from './texts';
import { usePowerText } from './usePowerText';

const str = (record: RaRecord | undefined, key: string): string => (record && typeof record[key] === 'string' ? String(record[key]) : '');

const EnumField = ({ source, enumName, label }: { source: string; enumName: PowerEnum; label: string }) => {
  const { enumLabel } = usePowerText();
  return <FunctionField source={source} label={label} render={(record: RaRecord) => (str(record, source) ? enumLabel(enumName, str(record, source)) : '')} />;
};

/** An empty part says so in words rather than showing nothing. */
const Empty = () => {
  const translate = useTranslate();
  return <Typography color="text.secondary" sx={{ py: 1 }}>{translate('app.powers.none_recorded')}</Typography>;
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
      {/* Eight tabs: on a phone they scroll sideways instead of widening the page. */}
      <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}>
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
        <TabbedShowLayout.Tab label={text('section_accountability')} path="accountabilities">
          <ArrayField source="accountabilities" label={field('accountabilities')}>
            <Datagrid bulkActionButtons={false} rowClick={false} empty={<Empty />}>
              <TextField source="situation" label={field('accountabilities.situation')} sx={{ whiteSpace: 'pre-line' }} />
              <TextField source="basis" label={field('accountabilities.basis')} sx={{ whiteSpace: 'pre-line' }} />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={text('section_discretion')} path="discretion">
          <ArrayField source="discretion" label={field('discretion')}>
            <Datagrid bulkActionButtons={false} rowClick={false} empty={<Empty />}>
              <NumberField source="level" label={field('discretion.level')} options={{ useGrouping: false }} />
              <TextField source="levelName" label={field('discretion.levelName')} />
              <TextField source="circumstance" label={field('discretion.circumstance')} />
              <TextField source="penaltyKind" label={field('discretion.penaltyKind')} />
              <NumberField source="min" label={field('discretion.min')} />
              <NumberField source="max" label={field('discretion.max')} />
              <TextField source="unit" label={field('discretion.unit')} />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={text('section_risks')} path="risks">
          <ArrayField source="riskPoints" label={field('riskPoints')}>
            <Datagrid bulkActionButtons={false} rowClick={false} empty={<Empty />}>
              <TextField source="step" label={field('riskPoints.step')} />
              <TextField source="description" label={field('riskPoints.description')} />
              <FunctionField label={field('riskPoints.level')} render={(row: RaRecord) => (str(row, 'level') ? enumLabel('powers.riskPoints.level', str(row, 'level')) : '')} />
              <TextField source="measure" label={field('riskPoints.measure')} />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={text('section_decomposition')} path="decomposition">
          <ArrayField source="decomposition" label={field('decomposition')}>
            <Datagrid bulkActionButtons={false} rowClick={false} empty={<Empty />}>
              <ReferenceField source="agency" reference="agencies" label={field('decomposition.agency')}>
                <TextField source="name" />
              </ReferenceField>
              <ReferenceField source="post" reference="posts" label={field('decomposition.post')}>
                <TextField source="name" />
              </ReferenceField>
              <FunctionField label={field('decomposition.role')} render={(row: RaRecord) => (str(row, 'role') ? enumLabel('powers.decomposition.role', str(row, 'role')) : '')} />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};
