// An officer's page: the certificate with its lifecycle buttons first (Art. 19), then every field of
// the record as the generic detail page shows it.
import { EditButton, Show, TabbedShowLayout, TopToolbar, useGetRecordId, useResourceContext } from 'react-admin';
import { useCan, useResourceSchema } from '../providers/useSession';
import { SchemaShowLayout } from '../schema';
import { CertificatePanel } from './CertificatePanel';
import { useCertificateText } from './useCertificateText';

const ShowActions = () => {
  const can = useCan();
  return <TopToolbar>{can('officers', 'edit') && <EditButton />}</TopToolbar>;
};

const Details = () => {
  const schema = useResourceSchema(useResourceContext());
  return schema ? <SchemaShowLayout schema={schema} /> : null;
};

export const OfficerShow = () => {
  const id = useGetRecordId();
  const { t } = useCertificateText();
  return (
    <Show actions={<ShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={t('tabs.certificate')}>
          <CertificatePanel id={String(id)} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={t('tabs.details')} path="details">
          <Details />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};
