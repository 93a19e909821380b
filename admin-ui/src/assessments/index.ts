// Assessments (Art. 22–25): the scoring sheet replaces the generic show screen; rows open it.
import { AssessmentShow } from './AssessmentShow';

export const assessments = { show: AssessmentShow, rowClick: 'show' as const };
export { AssessmentShow };
