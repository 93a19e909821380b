// A power adjustment's page: the decision first (what to do now), then the request in words.
import { EditButton, Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useResourceSchema } from '../providers/useSession';
import { SchemaShowLayout } from '../schema';
import { BatchRowsPanel } from './BatchRowsPanel';
import { DecisionPanel } from './DecisionPanel';

/** Only a draft is edited; a submitted or decided request is acted on through the decision panel. */
const Actions = () => {
  const record = useRecordContext();
  return <TopToolbar>{record?.state === 'draft' && <EditButton />}</TopToolbar>;
};

/** The page title in words: the kind and what it concerns, never a bare id or an empty field. */
const AdjustmentTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const kind = translate(`enums.power-adjustments.kind.${String(record.kind)}`, { _: String(record.kind ?? '') });
  const about = typeof record.proposedName === 'string' && record.proposedName ? record.proposedName : typeof record.reason === 'string' ? record.reason.slice(0, 30) : '';
  return <span>{`${translate('resources.power-adjustments.name', { smart_count: 1 })}：${kind}${about ? ` · ${about}` : ''}`}</span>;
};

export const AdjustmentShow = () => {
  const schema = useResourceSchema('power-adjustments');
  if (!schema) return null;
  return (
    <Show actions={<Actions />} title={<AdjustmentTitle />}>
      <DecisionPanel />
      <BatchRowsPanel />
      <SchemaShowLayout schema={schema} />
    </Show>
  );
};
