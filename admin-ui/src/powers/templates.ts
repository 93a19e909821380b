// Responsibility steps (责任事项) pre-filled from the power type's template in config/power-types.json,
// the same templates the server and the import use, so the console never keeps its own copy.
import { powerTypes } from '../../../config/src/console';

export interface StepValue {
  step: string;
  content?: string | null;
  basis?: string | null;
}

const templates: Record<string, string[]> = powerTypes.templates;

/** The template's step names for a power type, or null for an unknown or empty type. */
export function templateStepsFor(type: unknown): string[] | null {
  const definition = powerTypes.types.find((t) => t.key === type);
  return definition ? templates[definition.template] ?? null : null;
}

/** Display name of a power type (行政处罚), for messages that name the template. */
export const typeName = (type: unknown): string => powerTypes.types.find((t) => t.key === type)?.name ?? String(type ?? '');

const isBlank = (s: StepValue): boolean => !s.step?.trim() && !s.content?.trim() && !s.basis?.trim();

/** Reads the form's `steps` value defensively: the form may hold nulls or half-filled rows. */
export function toStepValues(value: unknown): StepValue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((row: unknown): StepValue[] => {
    if (typeof row !== 'object' || row === null) return [];
    const read = (key: string): string | null => {
      const v: unknown = (row as Record<string, unknown>)[key];
      return typeof v === 'string' ? v : null;
    };
    return [{ step: read('step') ?? '', content: read('content'), basis: read('basis') }];
  });
}

export interface TemplateResult {
  steps: StepValue[];
  /** Names of the filled-in steps the template does not have; they disappear when applied. */
  removed: string[];
  /** Whether applying changes anything the user typed, which calls for a confirmation. */
  needsConfirmation: boolean;
}

/**
 * The template's steps in the template's order; a step the user already filled in under the same
 * name keeps its content and basis, so re-applying a template never loses work on matching steps.
 */
export function applyTemplate(current: StepValue[], template: string[]): TemplateResult {
  const filled = current.filter((s) => !isBlank(s));
  const byName = new Map<string, StepValue>();
  for (const s of filled) if (!byName.has(s.step.trim())) byName.set(s.step.trim(), s);
  const steps = template.map((name): StepValue => {
    const existing = byName.get(name);
    return { step: name, content: existing?.content ?? '', basis: existing?.basis ?? '' };
  });
  const removed = filled.filter((s) => !template.includes(s.step.trim())).map((s) => s.step.trim() || '—');
  const unchanged = filled.length === steps.length && filled.every((s, i) => s.step.trim() === steps[i].step);
  return { steps, removed, needsConfirmation: filled.length > 0 && !unchanged };
}
