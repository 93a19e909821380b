// A JSON attribute as text. The text the user types is kept as typed; the form holds the parsed
// value, or a JsonDraft while the text is not valid JSON, which validation then refuses.
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { TextField as MuiTextField } from '@mui/material';
import { FieldTitle, InputHelperText, required as requiredValidator, useInput, type Validator } from 'react-admin';

export class JsonDraft {
  constructor(readonly text: string) {}
}

export function parseJsonText(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return new JsonDraft(text);
  }
}

export const showJson = (value: unknown): string =>
  value instanceof JsonDraft ? value.text : value === null || value === undefined ? '' : JSON.stringify(value, null, 2);

const validJson: Validator = (value: unknown) => (value instanceof JsonDraft ? 'app.json.invalid' : undefined);

export interface JsonInputProps {
  source: string;
  label: string;
  required?: boolean;
  helperText?: string;
}

export const JsonInput = ({ source, label, required = false, helperText }: JsonInputProps) => {
  const validate = useMemo(() => (required ? [requiredValidator(), validJson] : [validJson]), [required]);
  const { field, fieldState, formState, id, isRequired } = useInput({ source, validate, format: (v: unknown) => v, parse: (v: unknown) => v });
  const [text, setText] = useState(() => showJson(field.value));
  // Values set from outside (record loaded, reset after a stale reload) replace the text.
  const ownValue = useRef<unknown>(field.value);
  useEffect(() => {
    if (field.value !== ownValue.current) {
      ownValue.current = field.value;
      setText(showJson(field.value));
    }
  }, [field.value]);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    setText(next);
    const value = parseJsonText(next);
    ownValue.current = value;
    field.onChange(value);
  };
  const error = fieldState.error && (fieldState.isTouched || formState.isSubmitted) ? fieldState.error.message : undefined;
  return (
    <MuiTextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      value={text}
      onChange={onChange}
      onBlur={field.onBlur}
      label={<FieldTitle label={label} source={source} isRequired={isRequired} />}
      multiline
      minRows={3}
      fullWidth
      error={!!error}
      helperText={<InputHelperText error={error} helperText={helperText ?? 'app.json.helper'} />}
      slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      margin="dense"
      size="small"
    />
  );
};
