// /annual-reports/:id/show: the report's working screen, and its record in full.
import { EditButton, Show, TabbedShowLayout, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useCan, useResourceSchema } from '../providers/useSession';
import { SchemaShowLayout } from '../schema';
import { ReportPanel } from './ReportPanel';

const RESOURCE = 'annual-reports';

const Actions = () => {
  const can = useCan();
  const record = useRecordContext();
  // Editable only while a draft or returned (REPORT_DUE); the server decides, this hides the button.
  const open = record?.state === 'draft' || record?.state === 'returned';
  return <TopToolbar>{can(RESOURCE, 'edit') && open && <EditButton />}</TopToolbar>;
};

export const ReportShow = () => {
  const translate = useTranslate();
  const schema = useResourceSchema(RESOURCE);
  return (
    <Show actions={<Actions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={translate('app.reports.tabs.report')}>
          <ReportPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('app.reports.tabs.details')} path="details">
          {schema ? <SchemaShowLayout schema={schema} /> : null}
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};
