// One step on a case through the generic console API (PUT with the version read): the server's rules
// decide; a refusal's message (Chinese, naming the article) is handed back for the dialog to show.
import { useState } from 'react';
import { useDataProvider, useRecordContext, useRefresh, type RaRecord } from 'react-admin';

export function useCaseUpdate() {
  const dataProvider = useDataProvider();
  const record = useRecordContext();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const update = async (data: Record<string, unknown>): Promise<boolean> => {
    if (!record) return false;
    setBusy(true);
    setError(null);
    try {
      await dataProvider.update<RaRecord>('accountability-cases', { id: record.id, data: { ...data, updatedAt: record.updatedAt }, previousData: record });
      refresh();
      return true;
    } catch (failure: unknown) {
      setError(failure instanceof Error ? failure.message : String(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { record, update, busy, error, clearError: () => setError(null) };
}
