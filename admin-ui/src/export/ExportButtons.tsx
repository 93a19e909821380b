// 导出 Excel / 导出 CSV for a list's toolbar: every row matching the list's current filter and sort
// (not just the page on screen), with a progress bar while pages are fetched.
import { useMemo, useState } from 'react';
import { Box, LinearProgress } from '@mui/material';
import GridOnIcon from '@mui/icons-material/GridOn';
import DescriptionIcon from '@mui/icons-material/Description';
import { Button, useDataProvider, useListContext, useNotify, useTranslate } from 'react-admin';
import type { FieldSchema } from '../providers/types';
import { useSession } from '../providers/useSession';
import { createExporter, isConsoleExporter } from './exporter';
import type { ExportFormat } from './table';

export interface ExportButtonsProps {
  /** Defaults to the list's resource. */
  resource?: string;
  /** Defaults to the exporter of the list, or the resource's schema fields. */
  fields?: FieldSchema[];
}

export const ExportButtons = ({ resource: resourceProp, fields }: ExportButtonsProps) => {
  const list = useListContext();
  const resource = resourceProp ?? list.resource;
  const { schemas } = useSession();
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const exporter = useMemo(() => {
    if (!fields && isConsoleExporter(list.exporter) && list.exporter.resource === resource) return list.exporter;
    return createExporter(resource, fields, { schemas });
  }, [fields, list.exporter, resource, schemas]);

  const run = async (format: ExportFormat) => {
    setBusy(format);
    setProgress(0);
    try {
      const count = await exporter.exportAll({
        dataProvider,
        // As react-admin's ExportButton: the List's permanent filter applies on top of the user's.
        filter: list.filter ? { ...list.filterValues, ...list.filter } : list.filterValues,
        sort: list.sort,
        format,
        translate,
        onProgress: (fetched, total) => setProgress(total ? Math.min(100, (fetched / total) * 100) : null),
      });
      notify(translate('app.export.done', { smart_count: count }), { type: 'info' });
    } catch (error) {
      console.error(error);
      notify(translate('app.export.failed'), { type: 'error' });
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const empty = list.total === 0;
  return (
    <>
      <Button label={translate('app.export.xlsx')} onClick={() => void run('xlsx')} disabled={busy !== null || empty}>
        <GridOnIcon />
      </Button>
      <Button label={translate('app.export.csv')} onClick={() => void run('csv')} disabled={busy !== null || empty}>
        <DescriptionIcon />
      </Button>
      {busy !== null && (
        <Box sx={{ width: 96, alignSelf: 'center' }}>
          <LinearProgress
            variant={progress === null ? 'indeterminate' : 'determinate'}
            value={progress ?? undefined}
            aria-label={translate('app.export.progress')}
          />
        </Box>
      )}
    </>
  );
};
