export { FlowchartView, type FlowchartViewProps } from './FlowchartView';
export { buildFlowchart, layoutFlowchart, toFlowchartSteps, OTHER_DUTIES } from './buildFlowchart';
export { flowchartFileName } from './download';
export { FLOWCHART_TEXTS } from './messages';
export type { Flowchart, FlowchartLayout, FlowchartStep } from './types';
