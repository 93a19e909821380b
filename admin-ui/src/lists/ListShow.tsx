// The workflow screen of a list version (/responsibility-lists/:id/show): state and the actions the
// user may take, the history, the diff against the previous published version, and the details.
import { EditButton, Show, TabbedShowLayout, TopToolbar, useGetRecordId, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { useCan, useResourceSchema } from '../providers/useSession';
import { SchemaShowLayout } from '../schema';
import { detailListSchema, isEditableState } from './listFields';
import { WorkflowProvider } from './WorkflowContext';
import { DiffPanel, HistoryPanel, WorkflowPanel } from './WorkflowTabs';

const ShowActions = () => {
  const record = useRecordContext();
  const can = useCan();
  const resource = useResourceContext() ?? 'responsibility-lists';
  return <TopToolbar>{can(resource, 'edit') && isEditableState(record?.state) && <EditButton />}</TopToolbar>;
};

const Details = () => {
  const schema = useResourceSchema(useResourceContext());
  return schema ? <SchemaShowLayout schema={detailListSchema(schema)} /> : null;
};

export const ListShow = () => {
  const id = useGetRecordId();
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions />}>
      <WorkflowProvider id={String(id)}>
        <TabbedShowLayout>
          <TabbedShowLayout.Tab label={translate('app.lists.tabs.workflow')}>
            <WorkflowPanel />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label={translate('app.lists.tabs.history')} path="history">
            <HistoryPanel />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label={translate('app.lists.tabs.diff')} path="diff">
            <DiffPanel />
          </TabbedShowLayout.Tab>
          <TabbedShowLayout.Tab label={translate('app.lists.tabs.details')} path="details">
            <Details />
          </TabbedShowLayout.Tab>
        </TabbedShowLayout>
      </WorkflowProvider>
    </Show>
  );
};
