// Saving a flowchart as .svg or .png in the browser. The PNG is rasterised from the very SVG on
// screen (SVG → <img> → <canvas>), so both files show the same drawing.

export type FlowchartFormat = 'svg' | 'png';

/** Characters Windows and macOS refuse in file names. */
// eslint-disable-next-line no-control-regex
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001F]/g;

/** `<code>-运行流程图.svg`; falls back to the item name, then to the bare title, when there is no code yet. */
export function flowchartFileName(code: string | null | undefined, format: FlowchartFormat, fallback?: string | null): string {
  const stem = [code, fallback].map((s) => (s ?? '').replace(UNSAFE_FILE_CHARS, '_').trim()).find((s) => s !== '');
  return `${stem ? `${stem}-` : ''}运行流程图.${format}`;
}

export const svgBlob = (svg: string): Blob => new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });

/** A data: URL rather than a blob: URL, because some browsers taint a canvas drawn from a blob: SVG. */
export const svgDataUrl = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('flowchart image could not be loaded'));
    image.src = src;
  });
}

/** Draws the SVG on a canvas at `scale` times its size (2 = sharp on high-density screens and in print). */
export async function svgToPngBlob(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const image = await loadImage(svgDataUrl(svg));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d context unavailable');
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas could not be encoded as PNG'))), 'image/png');
  });
}

export interface DownloadableFlowchart {
  svg: string;
  width: number;
  height: number;
}

export async function downloadFlowchart(chart: DownloadableFlowchart, format: FlowchartFormat, fileName: string): Promise<void> {
  const blob = format === 'svg' ? svgBlob(chart.svg) : await svgToPngBlob(chart.svg, chart.width, chart.height);
  saveBlob(blob, fileName);
}
