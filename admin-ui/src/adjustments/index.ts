import { AdjustmentCreate, AdjustmentEdit } from './AdjustmentForm';
import { AdjustmentShow } from './AdjustmentShow';

/** Power adjustments (Art. 11): rows open on the page with the decision panel; the forms hold the request only. */
export const powerAdjustments = { show: AdjustmentShow, create: AdjustmentCreate, edit: AdjustmentEdit, rowClick: 'show' as const };
export { AdjustmentCreate, AdjustmentEdit, AdjustmentShow };
export { DecisionPanel } from './DecisionPanel';
export { adjustmentSteps } from './steps';
