// The major-penalty filing form in the order of Art. 16: the case, the legal review, the collective
// discussion, then the decision and the filing. A later section stays closed until the earlier ones
// are filled; the server (MAJOR_PENALTY) remains the authority and its refusal shows under the field.
import type { ReactNode } from 'react';
import { Alert, Box, Typography } from '@mui/material';
import { SimpleForm, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useResourceSchema } from '../providers/useSession';
import { SchemaInput } from '../schema';
import { FILING_SECTIONS, sectionOpen, type FilingSection } from './sections';

const RESOURCE = 'major-penalty-filings';

const Fields = ({ names }: { names: readonly string[] }) => {
  const schema = useResourceSchema(RESOURCE);
  return (
    <>
      {names.map((name) => {
        const field = schema?.fields.find((f) => f.name === name);
        return field ? <SchemaInput key={name} resource={RESOURCE} field={field} path={name} source={name} /> : null;
      })}
    </>
  );
};

const Section = ({ section, children }: { section: FilingSection; children: ReactNode }) => {
  const translate = useTranslate();
  const values = useWatch();
  const open = sectionOpen(section.key, values as Record<string, unknown>);
  return (
    <Box component="section" aria-labelledby={`filing-${section.key}`} sx={{ width: '100%', mb: 2 }}>
      <Typography id={`filing-${section.key}`} variant="h6" component="h2" gutterBottom>
        {translate(`app.reports.filing.sections.${section.key}`)}
      </Typography>
      {!open && <Alert severity="info" sx={{ mb: 1 }}>{translate(`app.reports.filing.locked.${section.key}`)}</Alert>}
      {/* A disabled fieldset disables every control inside it, natively and for assistive technology. */}
      <Box component="fieldset" disabled={!open} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
        {children}
      </Box>
    </Box>
  );
};

export const FilingInputs = () => (
  <SimpleForm sanitizeEmptyValues warnWhenUnsavedChanges>
    {FILING_SECTIONS.map((section) => (
      <Section key={section.key} section={section}>
        <Fields names={section.fields} />
      </Section>
    ))}
  </SimpleForm>
);
