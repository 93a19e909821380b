// Legal bases (Art. 4, 9): each citation names a law from the legal-bases register and its
// articles. The server refuses a power without one in force (BASIS_REQUIRED on 'bases',
// 'bases.<n>.legalBasis' or 'bases.<n>.articles'); the sources below are those paths.
import { Stack } from '@mui/material';
import { ArrayInput, AutocompleteInput, ReferenceInput, SelectInput, SimpleFormIterator, TextInput, required } from 'react-admin';
import { ArticlesInput } from './ArticlesInput';
import { usePowerText } from './usePowerText';

export const BasesInputs = () => {
  const { field, choices, text, enumLabel } = usePowerText();
  // A repealed law stays selectable (old lists cite it) but says so, since at least one basis must be in force.
  const legalBasisText = (record: Record<string, unknown>): string => {
    const title = typeof record.title === 'string' ? record.title : '';
    const status = typeof record.status === 'string' ? record.status : 'in-force';
    return status === 'in-force' ? title : `${title}（${enumLabel('legal-bases.status', status)}）`;
  };
  return (
    <ArrayInput source="bases" label={field('bases')}>
      <SimpleFormIterator fullWidth getItemLabel={(index) => `${index + 1}`}>
        <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2} sx={{ width: '100%' }}>
          <SelectInput source="kind" label={field('bases.kind')} choices={choices('powers.bases.kind')} defaultValue="setting" validate={required()} sx={{ flex: 1 }} />
          <ReferenceInput source="legalBasis" reference="legal-bases">
            <AutocompleteInput label={field('bases.legalBasis')} optionText={legalBasisText} validate={required()} fullWidth sx={{ flex: 3 }} />
          </ReferenceInput>
        </Stack>
        <ArticlesInput label={field('bases.articles')} hint={text('articles_hint')} hintWithoutBasis={text('articles_pick_basis_first')} />
        <TextInput source="excerpt" label={field('bases.excerpt')} multiline minRows={2} fullWidth />
      </SimpleFormIterator>
    </ArrayInput>
  );
};
