// Labels by translation key, falling back to the server's schema label (Chinese, from Strapi's
// content-manager configuration) so that a field added in the Content-Type Builder is labelled
// without console code. Paths of component sub-fields are '<component>.<sub>' without row index.
import { useCallback } from 'react';
import { useTranslate } from 'react-admin';

export function useFieldLabel(resource: string): (path: string, schemaLabel: string) => string {
  const translate = useTranslate();
  return useCallback((path, schemaLabel) => translate(`resources.${resource}.fields.${path}`, { _: schemaLabel }), [translate, resource]);
}

/** enums.<resource>.<path>.<value>, then enums.<field>.<value>, then the raw value. */
export function useEnumLabel(resource: string): (path: string, value: string) => string {
  const translate = useTranslate();
  return useCallback(
    (path, value) => {
      const field = path.split('.').pop() ?? path;
      return translate(`enums.${resource}.${path}.${value}`, { _: translate(`enums.${field}.${value}`, { _: value }) });
    },
    [translate, resource],
  );
}

export function useEnumChoices(resource: string, path: string, values: string[] | undefined): { id: string; name: string }[] {
  const enumLabel = useEnumLabel(resource);
  return (values ?? []).map((value) => ({ id: value, name: enumLabel(path, value) }));
}
