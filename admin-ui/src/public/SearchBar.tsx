// Search by name or code (submitted with the button or Enter) and the power type filter (applied at
// once); both start again from the first page.
import { useEffect, useState, type FormEvent } from 'react';
import { Button, FormControl, InputLabel, MenuItem, Select, Stack, TextField } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { POWER_TYPES, type ItemSearch } from './query';
import { usePublicText } from './usePublicText';

export interface SearchBarProps {
  search: ItemSearch;
  onChange: (search: ItemSearch) => void;
}

export const SearchBar = ({ search, onChange }: SearchBarProps) => {
  const { t, enumLabel } = usePublicText();
  const [q, setQ] = useState(search.q);
  // Back and forward in the browser change the search under the field.
  useEffect(() => setQ(search.q), [search.q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...search, q: q.trim(), page: 1 });
  };
  return (
    <Stack component="form" role="search" onSubmit={submit} direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
      {/* Explicit variant and width: react-admin's theme makes form controls filled and full-width. */}
      <TextField
        size="small"
        variant="outlined"
        margin="none"
        fullWidth={false}
        label={t('search')}
        value={q}
        onChange={(event) => setQ(event.target.value)}
        sx={{ flex: '1 1 280px' }}
        type="search"
      />
      <FormControl size="small" variant="outlined" margin="none" fullWidth={false} sx={{ flex: '0 0 200px' }}>
        <InputLabel id="public-type-label" shrink>
          {t('type')}
        </InputLabel>
        <Select
          labelId="public-type-label"
          label={t('type')}
          notched
          value={search.type}
          displayEmpty
          onChange={(event) => onChange({ ...search, type: String(event.target.value), page: 1 })}
          renderValue={(value) => (value ? enumLabel('powers.type', String(value)) : t('all_types'))}
        >
          <MenuItem value="">{t('all_types')}</MenuItem>
          {POWER_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {enumLabel('powers.type', type)}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <Button type="submit" variant="contained" startIcon={<SearchIcon />} sx={{ flex: 'none', whiteSpace: 'nowrap' }}>
        {t('search_button')}
      </Button>
    </Stack>
  );
};
