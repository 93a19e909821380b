// The article picker of one basis citation: once a law is chosen, its articles (the legal basis's
// `articles` component) are offered; free text stays possible, because many laws are stored
// without their articles and citations often go down to a paragraph ("第十条第二款").
import { useMemo, useState } from 'react';
import { Autocomplete, TextField, createFilterOptions } from '@mui/material';
import { FieldTitle, InputHelperText, maxLength, useGetOne, useInput, useSourceContext } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { articleOptionsOf, joinArticles, splitArticles } from './articles';

export interface ArticlesInputProps {
  label: string;
  hint: string;
  /** Hint while no law is chosen yet. */
  hintWithoutBasis: string;
}

const validateArticles = maxLength(200);

export const ArticlesInput = ({ label, hint, hintWithoutBasis }: ArticlesInputProps) => {
  // Inside the bases iterator: source 'articles' is bases.<n>.articles, the path the server's
  // BASIS_REQUIRED refusal names, so its message lands under this input.
  const { field, fieldState, id, isRequired } = useInput({ source: 'articles', validate: validateArticles });
  const sourceContext = useSourceContext();
  const legalBasisId: unknown = useWatch({ name: sourceContext.getSource('legalBasis') });
  const hasBasis = typeof legalBasisId === 'string' && legalBasisId !== '';
  const { data: legalBasis } = useGetOne('legal-bases', { id: hasBasis ? legalBasisId : '' }, { enabled: hasBasis });
  const articles = useMemo(() => articleOptionsOf(legalBasis), [legalBasis]);
  const textOf = useMemo(() => new Map(articles.map((a) => [a.number, a.text])), [articles]);
  const filterOptions = useMemo(() => createFilterOptions<string>({ stringify: (n) => `${n} ${textOf.get(n) ?? ''}` }), [textOf]);
  const [typed, setTyped] = useState('');

  const value = splitArticles(field.value);
  const commit = (entries: string[]): void => field.onChange(joinArticles(entries) || null);

  return (
    <Autocomplete<string, true, false, true>
      id={id}
      multiple
      freeSolo
      filterSelectedOptions
      options={articles.map((a) => a.number)}
      filterOptions={filterOptions}
      value={value}
      inputValue={typed}
      onInputChange={(_event, next) => setTyped(next)}
      onChange={(_event, entries) => commit(entries)}
      // Text typed without pressing Enter is kept rather than silently dropped.
      onBlur={() => {
        if (typed.trim() !== '') commit([...value, typed]);
        setTyped('');
        field.onBlur();
      }}
      renderOption={(props, number) => {
        const { key, ...rest } = props;
        const text = textOf.get(number) ?? '';
        return (
          <li key={key} {...rest}>
            <strong>{number}</strong>
            {text ? `\u3000${text.length > 60 ? `${text.slice(0, 60)}…` : text}` : ''}
          </li>
        );
      }}
      fullWidth
      renderInput={(params) => (
        <TextField
          {...params}
          name={field.name}
          inputRef={field.ref}
          size="small"
          margin="dense"
          label={<FieldTitle label={label} source="articles" isRequired={isRequired} />}
          error={fieldState.invalid}
          helperText={<InputHelperText error={fieldState.error?.message} helperText={hasBasis ? hint : hintWithoutBasis} />}
        />
      )}
    />
  );
};
