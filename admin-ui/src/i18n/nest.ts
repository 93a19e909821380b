// Component sub-fields are labelled under 'resources.<res>.fields.<component>.<sub>' (react-admin
// builds that key for an input inside an ArrayInput, without the row index). The component field
// itself needs its own label at 'resources.<res>.fields.<component>', so the sub-field keys are
// written flat ('bases.kind') beside it: polyglot joins nested keys with '.', so both resolve.

export type Labels = Record<string, string>;

/** The sub-field labels of one component, keyed '<componentField>.<subField>'. */
export function nest(componentField: string, subFields: Labels): Labels {
  return Object.fromEntries(Object.entries(subFields).map(([sub, label]) => [`${componentField}.${sub}`, label]));
}
