// The assessment part of config/assessment.json, in the shapes the domain functions take.
import { regulationConfig } from '@nmg/config';
import type { AssessmentTransitionDef } from '../domain';

export const assessmentConfig = () => regulationConfig().assessment;

export const assessmentTransitions = (): readonly AssessmentTransitionDef[] => assessmentConfig().workflow.transitions;

export const editableAssessmentStates = (): string[] => assessmentConfig().workflow.states.filter((s) => s.editable).map((s) => s.key);

export const assessmentStateName = (key: string): string => assessmentConfig().workflow.states.find((s) => s.key === key)?.name ?? key;

export const itemWeights = (): Map<number, number> => new Map(assessmentConfig().items.map((i) => [i.item, i.weight]));
