// createExporter(resource, fields): the list's export as .xlsx or .csv with Chinese headers and
// values. As react-admin's `exporter` prop it exports the rows react-admin hands it; exportAll
// (used by ExportButtons, which know the list's filter and sort) pages through ALL matching rows.
import type { DataProvider, Exporter, RaRecord, SortPayload } from 'react-admin';
import { localizer } from '../providers/i18nProvider';
import { session } from '../providers/storage';
import type { FieldSchema, ResourceSchema } from '../providers/types';
import { toCsv } from './csv';
import { downloadBlob } from './download';
import { fetchAllRecords } from './fetchAll';
import { exportFileName, MIME_TYPES, type ExportFormat, type ExportTable } from './table';
import { loadReferenceNames, toTable, type ExportTexts } from './toTable';
import { toXlsx } from './xlsx';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ExporterOptions {
  /** Defaults to the console's i18n provider (current language). */
  translate?: Translate;
  /** Defaults to the schemas stored at sign-in; used for the referenced resources' mainFields and the list's name. */
  schemas?: ResourceSchema[];
  /** The format of the `exporter` prop path (react-admin's own ExportButton). */
  format?: ExportFormat;
  download?: (blob: Blob, fileName: string) => void;
}

export type ExportDataProvider = Pick<DataProvider, 'getList' | 'getMany'>;

export interface ExportAllParams {
  dataProvider: ExportDataProvider;
  filter: Record<string, unknown>;
  sort: SortPayload;
  format: ExportFormat;
  translate?: Translate;
  onProgress?: (fetched: number, total: number | undefined) => void;
}

export type ConsoleExporter = Exporter & {
  resource: string;
  fields(): FieldSchema[];
  /** Fetches every row for the filter and sort, writes the file and downloads it; resolves to the row count. */
  exportAll(params: ExportAllParams): Promise<number>;
  /** The file for given records, without downloading (tests, previews). */
  buildFile(records: RaRecord[], dataProvider: Pick<DataProvider, 'getMany'>, format: ExportFormat, translate?: Translate): Promise<{ blob: Blob; fileName: string; table: ExportTable }>;
};

/** resources.<res>.fields.<path> over the schema label; enums.<res>.<path>.<value> over enums.<field>.<value>. */
export function exportTexts(resource: string, translate: Translate): ExportTexts {
  return {
    header: (path, field) => translate(`resources.${resource}.fields.${path}`, { _: field.label || field.name }),
    enumValue: (path, value) => {
      const field = path.split('.').pop() ?? path;
      return translate(`enums.${resource}.${path}.${value}`, { _: translate(`enums.${field}.${value}`, { _: value }) });
    },
    boolean: (value) => (value ? translate('app.export.yes') : translate('app.export.no')),
  };
}

export async function encodeTable(table: ExportTable, format: ExportFormat): Promise<Blob> {
  const content = format === 'csv' ? toCsv(table) : await toXlsx(table);
  return new Blob([content], { type: MIME_TYPES[format] });
}

export function createExporter(resourceName: string, fields?: FieldSchema[], options: ExporterOptions = {}): ConsoleExporter {
  const schemas = () => options.schemas ?? session.read().schemas;
  const schemaOf = (resource: string) => schemas().find((s) => s.name === resource);
  // Read when exporting, not when the list mounts: the schemas may have been refreshed since.
  const fieldsNow = () => fields ?? schemaOf(resourceName)?.fields ?? [];
  const save = options.download ?? downloadBlob;

  const buildFile: ConsoleExporter['buildFile'] = async (records, dataProvider, format, translate = options.translate ?? localizer.translate) => {
    const columns = fieldsNow();
    const names = await loadReferenceNames(dataProvider, records, columns, (r) => schemaOf(r)?.mainField);
    const title = translate(`resources.${resourceName}.name`, { smart_count: 2, _: schemaOf(resourceName)?.label ?? resourceName });
    const table = toTable(title, records, columns, names, exportTexts(resourceName, translate));
    return { blob: await encodeTable(table, format), fileName: exportFileName(title, format), table };
  };

  const exporter = (async (data: RaRecord[], _fetchRelated: unknown, dataProvider: DataProvider) => {
    const { blob, fileName } = await buildFile(data, dataProvider, options.format ?? 'xlsx');
    save(blob, fileName);
  }) as ConsoleExporter;

  exporter.resource = resourceName;
  exporter.fields = fieldsNow;
  exporter.buildFile = buildFile;
  exporter.exportAll = async ({ dataProvider, filter, sort, format, translate, onProgress }) => {
    const records = await fetchAllRecords(dataProvider, resourceName, { filter, sort }, onProgress);
    const { blob, fileName } = await buildFile(records, dataProvider, format, translate);
    save(blob, fileName);
    return records.length;
  };
  return exporter;
}

export const isConsoleExporter = (value: unknown): value is ConsoleExporter =>
  typeof value === 'function' && 'exportAll' in value && typeof (value as { exportAll: unknown }).exportAll === 'function';
