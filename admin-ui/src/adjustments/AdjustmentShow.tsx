// A power adjustment's page: the decision first (what to do now), then the request in words.
import { EditButton, Show, TopToolbar, useRecordContext } from 'react-admin';
import { useResourceSchema } from '../providers/useSession';
import { SchemaShowLayout } from '../schema';
import { DecisionPanel } from './DecisionPanel';

/** Only a draft is edited; a submitted or decided request is acted on through the decision panel. */
const Actions = () => {
  const record = useRecordContext();
  return <TopToolbar>{record?.state === 'draft' && <EditButton />}</TopToolbar>;
};

export const AdjustmentShow = () => {
  const schema = useResourceSchema('power-adjustments');
  if (!schema) return null;
  return (
    <Show actions={<Actions />}>
      <DecisionPanel />
      <SchemaShowLayout schema={schema} />
    </Show>
  );
};
