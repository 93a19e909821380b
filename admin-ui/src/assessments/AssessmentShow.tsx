// /assessments/:id/show: the scoring sheet (items, pre-scores, workflow) and the record's details.
import { Show, TabbedShowLayout, useGetRecordId, useResourceContext, useTranslate } from 'react-admin';
import { useResourceSchema } from '../providers/useSession';
import { SchemaShowLayout } from '../schema';
import { SheetPanel } from './SheetPanel';

const Details = () => {
  const schema = useResourceSchema(useResourceContext());
  return schema ? <SchemaShowLayout schema={schema} /> : null;
};

export const AssessmentShow = () => {
  const id = useGetRecordId();
  const translate = useTranslate();
  return (
    <Show actions={false} title={translate('app.assessments.page_title')}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={translate('app.assessments.tabs.sheet')}>
          <SheetPanel id={String(id)} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('app.assessments.tabs.details')} path="details">
          <Details />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};
