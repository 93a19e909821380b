// The MUI texts react-admin does not translate, in the user's language: an autocomplete with no match
// said "No options" in English (issue 14, point 4), and a loading spinner had no accessible name
// (axe aria-progressbar-name). Set once here as defaults, so every picker and spinner has them.
import type { ReactNode } from 'react';
import { ThemeProvider, type Theme } from '@mui/material/styles';
import { useTranslate } from 'react-admin';

export const LocalizedTheme = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const loading = translate('ra.page.loading');
  const localized = (outer: Theme): Theme => ({
    ...outer,
    components: {
      ...outer.components,
      MuiAutocomplete: {
        ...outer.components?.MuiAutocomplete,
        defaultProps: {
          ...outer.components?.MuiAutocomplete?.defaultProps,
          noOptionsText: translate('app.autocomplete.no_options'),
          loadingText: loading,
          openText: translate('app.autocomplete.open'),
          closeText: translate('app.autocomplete.close'),
          clearText: translate('app.autocomplete.clear'),
        },
      },
      MuiCircularProgress: { ...outer.components?.MuiCircularProgress, defaultProps: { ...outer.components?.MuiCircularProgress?.defaultProps, 'aria-label': loading } },
      MuiLinearProgress: { ...outer.components?.MuiLinearProgress, defaultProps: { ...outer.components?.MuiLinearProgress?.defaultProps, 'aria-label': loading } },
    },
  });
  return <ThemeProvider theme={localized}>{children}</ThemeProvider>;
};
