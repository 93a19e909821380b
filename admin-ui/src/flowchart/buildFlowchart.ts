// The 运行流程图 of a power, drawn from its responsibility steps: start (the item name) → one box
// per step → end. Pure, so the picture on screen, the SVG and the PNG download are the same and
// the layout is unit-tested without a browser.
import { clampLines, wrapText } from './wrapText';
import { GEOMETRY } from './geometry';
import { renderSvg } from './renderSvg';
import type { FlowEdge, FlowNode, Flowchart, FlowchartLabels, FlowchartLayout, FlowchartStep } from './types';

/**
 * Every list ends with "其他法律法规规章文件规定应履行的责任": a catch-all duty that runs alongside
 * all steps rather than after the last one, so it is drawn as a side note, not as a link in the chain.
 */
export const OTHER_DUTIES = '其他法律法规规章文件规定应履行的责任';
const isOtherDuties = (step: string): boolean => step.replace(/\s/g, '').startsWith('其他法律法规');

const unitsFor = (width: number, size: number): number => Math.floor((width - 2 * GEOMETRY.padding) / size);
const lineStep = (size: number): number => Math.round(size * GEOMETRY.lineHeight);

function measure(kind: FlowNode['kind'], title: string[], detail: string[]): number {
  const text = title.length * lineStep(GEOMETRY.titleSize) + detail.length * lineStep(GEOMETRY.detailSize);
  const min = kind === 'step' || kind === 'note' ? 48 : 40;
  return Math.max(min, text + 2 * GEOMETRY.padding);
}

function node(kind: FlowNode['kind'], heading: string, content: string, width: number): FlowNode {
  const title = wrapText(heading, unitsFor(width, GEOMETRY.titleSize));
  const detailUnits = unitsFor(width, GEOMETRY.detailSize);
  const detail = clampLines(wrapText(content, detailUnits), GEOMETRY.maxDetailLines, detailUnits);
  return { kind, x: 0, y: 0, width, title, detail, height: measure(kind, title, detail) };
}

function arrow(from: FlowNode, to: FlowNode): FlowEdge {
  const x = from.x + from.width / 2;
  return { kind: 'arrow', points: [[x, from.y + from.height], [x, to.y]] };
}

/** Dashed bracket on the right of the chain, one tick per step, joined to the side notes. */
function noteLinks(spanned: FlowNode[], notes: FlowNode[]): FlowEdge[] {
  if (notes.length === 0 || spanned.length === 0) return [];
  const right = spanned[0].x + spanned[0].width;
  const bracketX = right + GEOMETRY.noteGap / 2;
  const mid = (n: FlowNode): number => n.y + n.height / 2;
  const ticks = spanned.map((n): FlowEdge => ({ kind: 'link', points: [[right, mid(n)], [bracketX, mid(n)]] }));
  const top = Math.min(mid(spanned[0]), ...notes.map(mid));
  const bottom = Math.max(mid(spanned[spanned.length - 1]), ...notes.map(mid));
  const spine: FlowEdge = { kind: 'link', points: [[bracketX, top], [bracketX, bottom]] };
  const joins = notes.map((n): FlowEdge => ({ kind: 'link', points: [[bracketX, mid(n)], [n.x, mid(n)]] }));
  return [...ticks, spine, ...joins];
}

/** Steps as they come from a record: skips rows that are blank while a form is being filled in. */
export function toFlowchartSteps(value: unknown): FlowchartStep[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((row: unknown): FlowchartStep[] => {
    if (typeof row !== 'object' || row === null) return [];
    const step = 'step' in row && typeof row.step === 'string' ? row.step.trim() : '';
    const content = 'content' in row && typeof row.content === 'string' ? row.content.trim() : '';
    return step || content ? [{ step, content }] : [];
  });
}

/** `labels` are the catalogue's app.flowchart.* texts in the reader's language (FlowchartView translates them). */
export function layoutFlowchart(steps: FlowchartStep[], itemName: string, labels: FlowchartLabels): FlowchartLayout {
  const { margin, mainWidth, noteWidth, noteGap, gap } = GEOMETRY;
  const named = steps.map((s) => ({ step: s.step.trim() || labels.unnamedStep, content: (s.content ?? '').trim() }));
  const chainSteps = named.filter((s) => !isOtherDuties(s.step));
  const noteSteps = named.filter((s) => isOtherDuties(s.step));

  const start = node('start', itemName.trim() || '—', '', mainWidth);
  const boxes = chainSteps.map((s, i) => node('step', `${i + 1}. ${s.step}`, s.content, mainWidth));
  const end = node('end', labels.end, '', mainWidth);
  const chain = [start, ...boxes, end];
  let y = margin;
  for (const n of chain) {
    n.x = margin;
    n.y = y;
    y += n.height + gap;
  }
  const chainBottom = y - gap;

  const notes = noteSteps.map((s) => node('note', s.step, s.content, noteWidth));
  // The notes sit level with the middle of the steps they accompany.
  const spanned = boxes.length > 0 ? boxes : [start, end];
  const spanTop = spanned[0].y;
  const spanBottom = spanned[spanned.length - 1].y + spanned[spanned.length - 1].height;
  const notesHeight = notes.reduce((sum, n) => sum + n.height, 0) + gap * Math.max(0, notes.length - 1);
  let noteY = Math.max(margin, Math.round((spanTop + spanBottom - notesHeight) / 2));
  for (const n of notes) {
    n.x = margin + mainWidth + noteGap;
    n.y = noteY;
    noteY += n.height + gap;
  }
  const notesBottom = notes.length > 0 ? noteY - gap : 0;

  const edges = [...chain.slice(1).map((n, i) => arrow(chain[i], n)), ...noteLinks(spanned, notes)];
  return {
    width: margin * 2 + mainWidth + (notes.length > 0 ? noteGap + noteWidth : 0),
    height: Math.max(chainBottom, notesBottom) + margin,
    // A replacer function, so a `$&` in an item name is not read as a replacement pattern.
    title: labels.title.replace('%{name}', () => itemName.trim()),
    nodes: [...chain, ...notes],
    edges,
  };
}

export function buildFlowchart(steps: FlowchartStep[], itemName: string, labels: FlowchartLabels): Flowchart {
  const layout = layoutFlowchart(steps, itemName, labels);
  return { layout, svg: renderSvg(layout) };
}
