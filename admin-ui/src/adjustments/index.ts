import { AdjustmentShow } from './AdjustmentShow';

/** Power adjustments (Art. 11): rows open on the page with the decision panel. */
export const powerAdjustments = { show: AdjustmentShow, rowClick: 'show' as const };
export { AdjustmentShow };
export { DecisionPanel } from './DecisionPanel';
export { adjustmentSteps } from './steps';
