// Export of any list to .xlsx and .csv (with BOM), all rows.
export { createExporter, exportTexts, isConsoleExporter, type ConsoleExporter, type ExporterOptions } from './exporter';
export { ExportButtons, type ExportButtonsProps } from './ExportButtons';
