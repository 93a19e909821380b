// Serialises a flowchart layout to a standalone SVG document. Standalone because the same string
// is shown inline, saved as .svg and rasterised to .png through an <img>, where no page CSS or
// web fonts apply: hence inline styles, a white background and a system CJK font stack.
import { GEOMETRY } from './geometry';
import type { FlowEdge, FlowNode, FlowchartLayout } from './types';

/** Chinese system fonts on Windows, macOS, Linux and Android, in that rough order of likelihood. */
export const FONT_FAMILY =
  "'Microsoft YaHei','PingFang SC','Hiragino Sans GB','Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','WenQuanYi Micro Hei','SimHei',sans-serif";

/** Characters XML 1.0 forbids outright; one stray control character would make the file unreadable. */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const n = (value: number): string => String(Math.round(value * 10) / 10);

const STYLE: Record<FlowNode['kind'], { fill: string; stroke: string; dash?: string }> = {
  start: { fill: '#e3f2fd', stroke: '#1565c0' },
  step: { fill: '#ffffff', stroke: '#1565c0' },
  end: { fill: '#e8f5e9', stroke: '#2e7d32' },
  note: { fill: '#fffde7', stroke: '#f9a825', dash: '6 4' },
};

function renderNode(node: FlowNode): string {
  const style = STYLE[node.kind];
  // Start and end are terminals: a capsule, as in the usual 运行流程图 conventions.
  const radius = node.kind === 'start' || node.kind === 'end' ? Math.min(node.height / 2, 24) : 4;
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  const shape = `<rect x="${n(node.x)}" y="${n(node.y)}" width="${n(node.width)}" height="${n(node.height)}" rx="${n(radius)}" fill="${style.fill}" stroke="${style.stroke}" stroke-width="1.5"${dash}/>`;
  const cx = node.x + node.width / 2;
  const titleStep = Math.round(GEOMETRY.titleSize * GEOMETRY.lineHeight);
  const detailStep = Math.round(GEOMETRY.detailSize * GEOMETRY.lineHeight);
  const textHeight = node.title.length * titleStep + node.detail.length * detailStep;
  // Centre the block of lines vertically; the baseline sits about 0.8 em below the line's top.
  let top = node.y + (node.height - textHeight) / 2;
  const lines: string[] = [];
  for (const line of node.title) {
    lines.push(`<text x="${n(cx)}" y="${n(top + GEOMETRY.titleSize * 0.8 + (titleStep - GEOMETRY.titleSize) / 2)}" font-size="${GEOMETRY.titleSize}" font-weight="bold" fill="#0d2538" text-anchor="middle">${escapeXml(line)}</text>`);
    top += titleStep;
  }
  for (const line of node.detail) {
    lines.push(`<text x="${n(cx)}" y="${n(top + GEOMETRY.detailSize * 0.8 + (detailStep - GEOMETRY.detailSize) / 2)}" font-size="${GEOMETRY.detailSize}" fill="#37474f" text-anchor="middle">${escapeXml(line)}</text>`);
    top += detailStep;
  }
  return `<g class="flow-${node.kind}">${shape}${lines.join('')}</g>`;
}

function renderEdge(edge: FlowEdge): string {
  const points = edge.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
  if (edge.kind === 'link') {
    return `<polyline points="${points}" fill="none" stroke="#f9a825" stroke-width="1.2" stroke-dasharray="4 3"/>`;
  }
  // The arrow head is a polygon, not a <marker>: markers need ids, which would clash when two
  // charts are inlined in one page.
  const [x, y] = edge.points[edge.points.length - 1];
  const head = GEOMETRY.arrowHead;
  const shaft = edge.points.map(([px, py], i) => (i === edge.points.length - 1 ? `${n(px)},${n(py - head)}` : `${n(px)},${n(py)}`)).join(' ');
  return `<polyline points="${shaft}" fill="none" stroke="#546e7a" stroke-width="1.5"/><polygon points="${n(x)},${n(y)} ${n(x - head * 0.6)},${n(y - head)} ${n(x + head * 0.6)},${n(y - head)}" fill="#546e7a"/>`;
}

export function renderSvg(layout: FlowchartLayout): string {
  const { width, height } = layout;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${FONT_FAMILY}">`,
    `<title>${escapeXml(layout.title)}</title>`,
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    ...layout.edges.map(renderEdge),
    ...layout.nodes.map(renderNode),
    '</svg>',
  ].join('\n');
}
