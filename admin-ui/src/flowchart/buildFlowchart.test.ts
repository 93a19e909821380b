import powerTypes from '../../../config/power-types.json';
import { app } from '../i18n/zh/app';
import { buildFlowchart, layoutFlowchart, OTHER_DUTIES, toFlowchartSteps } from './buildFlowchart';
import { GEOMETRY } from './geometry';
import { escapeXml } from './renderSvg';
import type { FlowNode, FlowchartLabels, FlowchartLayout, FlowchartStep } from './types';
import { clampLines, textUnits, wrapText } from './wrapText';

const steps = (...names: string[]): FlowchartStep[] => names.map((step) => ({ step }));
/** The zh catalogue's app.flowchart.* texts, as FlowchartView passes them in Chinese. */
const zhText = (key: string): string => {
  const text = (app.flowchart as Record<string, unknown>)[key];
  if (typeof text !== 'string') throw new Error(`app.flowchart.${key} missing`);
  return text;
};
const LABELS: FlowchartLabels = { end: zhText('end'), title: zhText('title'), unnamedStep: zhText('unnamed_step') };
const kinds = (layout: FlowchartLayout): string[] => layout.nodes.map((n) => n.kind);
const arrows = (layout: FlowchartLayout) => layout.edges.filter((e) => e.kind === 'arrow');
const mainWidth = GEOMETRY.margin * 2 + GEOMETRY.mainWidth;
const withNoteWidth = mainWidth + GEOMETRY.noteGap + GEOMETRY.noteWidth;

/** A well-formed document is what a browser needs to open the downloaded .svg at all. */
function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('layoutFlowchart: the chain follows the responsibility steps (责任事项)', () => {
  const penalty = powerTypes.templates.penalty;
  const cases: { title: string; steps: FlowchartStep[]; kinds: string[]; arrows: number; width: number; stepTitles: string[] }[] = [
    { title: 'no steps: start and end only', steps: [], kinds: ['start', 'end'], arrows: 1, width: mainWidth, stepTitles: [] },
    { title: 'one step', steps: steps('受理'), kinds: ['start', 'step', 'end'], arrows: 2, width: mainWidth, stepTitles: ['1. 受理'] },
    {
      title: 'the eight penalty steps: seven in the chain, the catch-all duty as a side note',
      steps: steps(...penalty),
      kinds: ['start', 'step', 'step', 'step', 'step', 'step', 'step', 'step', 'end', 'note'],
      arrows: 8,
      width: withNoteWidth,
      stepTitles: ['1. 立案', '2. 调查取证', '3. 审查', '4. 告知', '5. 决定', '6. 送达', '7. 执行'],
    },
    { title: 'only the catch-all duty: a note beside start and end', steps: steps(OTHER_DUTIES), kinds: ['start', 'end', 'note'], arrows: 1, width: withNoteWidth, stepTitles: [] },
    { title: 'blank rows of a half-filled form are skipped', steps: toFlowchartSteps([{ step: ' ' }, { step: '受理', content: '' }, null, 'x']), kinds: ['start', 'step', 'end'], arrows: 2, width: mainWidth, stepTitles: ['1. 受理'] },
  ];

  it.each(cases)('$title', ({ steps: input, kinds: expectedKinds, arrows: arrowCount, width, stepTitles }) => {
    const layout = layoutFlowchart(input, '食品经营许可', LABELS);
    expect(kinds(layout)).toEqual(expectedKinds);
    expect(arrows(layout)).toHaveLength(arrowCount);
    expect(layout.width).toBe(width);
    expect(layout.nodes.filter((n) => n.kind === 'step').map((n) => n.title.join(''))).toEqual(stepTitles);
    expect(layout.nodes[0].title.join('')).toBe('食品经营许可');
    expect(layout.nodes.find((n) => n.kind === 'end')?.title).toEqual(['结束']);
  });

  it.each(cases)('$title: boxes stay inside the drawing and do not overlap', ({ steps: input }) => {
    const layout = layoutFlowchart(input, '食品经营许可', LABELS);
    const inside = (n: FlowNode) => n.x >= 0 && n.y >= 0 && n.x + n.width <= layout.width && n.y + n.height <= layout.height;
    expect(layout.nodes.every(inside)).toBe(true);
    const chain = layout.nodes.filter((n) => n.kind !== 'note');
    chain.slice(1).forEach((n, i) => expect(n.y).toBe(chain[i].y + chain[i].height + GEOMETRY.gap));
    // Each arrow runs from the bottom of one box to the top of the next.
    arrows(layout).forEach((a, i) => {
      expect(a.points[0][1]).toBe(chain[i].y + chain[i].height);
      expect(a.points[a.points.length - 1][1]).toBe(chain[i + 1].y);
    });
  });

  it('links the side note to every step in the chain with dashed lines', () => {
    const layout = layoutFlowchart(steps(...penalty), '罚款', LABELS);
    const links = layout.edges.filter((e) => e.kind === 'link');
    // one tick per chain step, the spine, and the join to the note
    expect(links).toHaveLength(7 + 1 + 1);
    const note = layout.nodes.find((n) => n.kind === 'note');
    expect(note?.title.join('')).toBe(OTHER_DUTIES);
    expect(links[links.length - 1].points[1][0]).toBe(note?.x);
  });

  it('grows a box with its content and cuts long content at four lines with an ellipsis', () => {
    const short = layoutFlowchart([{ step: '审查', content: '审查申请材料' }], '许可', LABELS).nodes[1];
    const long = layoutFlowchart([{ step: '审查', content: '对申请材料进行审查，'.repeat(30) }], '许可', LABELS).nodes[1];
    expect(long.height).toBeGreaterThan(short.height);
    expect(long.detail).toHaveLength(GEOMETRY.maxDetailLines);
    expect(long.detail[GEOMETRY.maxDetailLines - 1].endsWith('…')).toBe(true);
  });

  it('wraps a long item name in the start node instead of overflowing it', () => {
    const name = '对未取得食品生产经营许可从事食品生产经营活动，或者未取得食品添加剂生产许可从事食品添加剂生产活动的处罚';
    const start = layoutFlowchart([], name, LABELS).nodes[0];
    expect(start.title.length).toBeGreaterThan(1);
    expect(start.title.join('')).toBe(name);
    const maxUnits = Math.floor((GEOMETRY.mainWidth - 2 * GEOMETRY.padding) / GEOMETRY.titleSize);
    expect(start.title.every((line) => textUnits(line) <= maxUnits + 1)).toBe(true);
  });
});

describe('buildFlowchart: the SVG document', () => {
  it('is well-formed, sized from the layout, titled and in a Chinese-capable font', () => {
    const { layout, svg } = buildFlowchart(steps(...powerTypes.templates.application), '食品经营许可', LABELS);
    const root = parseSvg(svg).documentElement;
    expect(root.getAttribute('width')).toBe(String(layout.width));
    expect(root.getAttribute('height')).toBe(String(layout.height));
    expect(root.getElementsByTagName('title')[0].textContent).toBe('食品经营许可运行流程图');
    expect(root.getAttribute('font-family')).toMatch(/Microsoft YaHei.*Noto Sans CJK SC.*sans-serif/);
    const texts = Array.from(root.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['食品经营许可', '1. 受理', '5. 事后监管', '结束']));
  });

  it.each([
    { title: 'markup in the item name', name: '<script>alert(1)</script>', steps: [] as FlowchartStep[] },
    { title: 'ampersand and quotes in a step', name: '许可', steps: [{ step: 'A&B "审查"', content: "<b>'x'</b> & 1 < 2 > 0" }] },
    { title: 'control characters that XML forbids', name: '许可\u0001\u000b', steps: [{ step: '受理\u0008' }] },
    { title: 'a replacement pattern in the name', name: '$& $1 许可', steps: [] as FlowchartStep[] },
  ])('escapes $title so the text is shown, never interpreted', ({ name, steps: input }) => {
    const { svg } = buildFlowchart(input, name, LABELS);
    const doc = parseSvg(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    // eslint-disable-next-line no-control-regex
    const visible = (s: string) => s.replace(/[\u0000-\u001f]/g, '');
    expect(texts.join('')).toContain(visible(name).replace(/\s+/g, ' ').trim().slice(0, 5));
    for (const s of input) expect(texts.join('')).toContain(visible(s.step).slice(0, 3));
  });

  it.each([
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['&', '&amp;'],
    ['"', '&quot;'],
    ["'", '&apos;'],
    ['a\u0000b', 'ab'],
    ['行政处罚', '行政处罚'],
  ])('escapeXml(%j) = %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('wrapText and clampLines', () => {
  it.each([
    { title: 'empty text', text: '', max: 10, lines: [] as string[] },
    { title: 'short Chinese text stays on one line', text: '受理', max: 10, lines: ['受理'] },
    { title: 'Chinese text breaks between any two characters', text: '一二三四五六七八九十甲乙丙', max: 10, lines: ['一二三四五六七八九十', '甲乙丙'] },
    { title: 'closing punctuation is not put at the start of a line', text: '一二三四五六七八九十，甲乙', max: 10, lines: ['一二三四五六七八九十，', '甲乙'] },
    { title: 'a Latin word is kept whole', text: '依据GB2760标准', max: 4, lines: ['依据', 'GB2760', '标准'] },
    { title: 'spaces do not start a line', text: 'food safety law', max: 4, lines: ['food', 'safety', 'law'] },
    { title: 'a word longer than a line is split', text: 'ABCDEFGHIJKLMNOP', max: 6, lines: ['ABCDEFGHIJ', 'KLMNOP'] },
    { title: 'explicit line breaks are kept, blank lines dropped', text: '受理\n\n审查\r\n决定', max: 10, lines: ['受理', '审查', '决定'] },
  ])('$title', ({ text, max, lines }) => {
    expect(wrapText(text, max)).toEqual(lines);
  });

  it.each([
    { lines: ['一', '二'], max: 3, expected: ['一', '二'] },
    { lines: ['一二三', '四五六', '七'], max: 2, expected: ['一二三', '四五…'] },
    { lines: ['一二', '三'], max: 1, expected: ['一二…'] },
  ])('clampLines($lines, $max)', ({ lines, max, expected }) => {
    expect(clampLines(lines, max, 3)).toEqual(expected);
  });
});
