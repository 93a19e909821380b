/** One responsibility step (责任事项) as stored on a power: `steps[].step` and `steps[].content`. */
export interface FlowchartStep {
  step: string;
  content?: string | null;
}

export type FlowNodeKind = 'start' | 'step' | 'end' | 'note';

export interface FlowNode {
  kind: FlowNodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Heading lines (the item name, "1. 立案", "结束"), drawn bold. */
  title: string[];
  /** Wrapped content lines drawn under the heading. */
  detail: string[];
}

/** An arrow in the main chain, or a dashed link tying the side note to the steps it accompanies. */
export interface FlowEdge {
  kind: 'arrow' | 'link';
  points: [number, number][];
}

export interface FlowchartLayout {
  width: number;
  height: number;
  /** Accessible title of the drawing. */
  title: string;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export interface FlowchartLabels {
  /** Text of the end node. */
  end: string;
  /** Accessible title; `%{name}` is replaced by the item name. */
  title: string;
  /** Shown for a step whose name is blank but which has content. */
  unnamedStep: string;
}

export interface Flowchart {
  layout: FlowchartLayout;
  svg: string;
}
