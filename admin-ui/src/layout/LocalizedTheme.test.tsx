// Issue 14: react-admin's row checkbox names its <input>, not the <span> around it (axe: label,
// aria-prohibited-attr); a picker without a match says 无匹配项; a spinner has a name.
import { render, screen } from '@testing-library/react';
import { Autocomplete, Checkbox, CircularProgress, TextField } from '@mui/material';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { AdminContext, memoryStore, testDataProvider } from 'react-admin';
import { i18nProvider } from '../providers/i18nProvider';
import { LocalizedTheme } from './LocalizedTheme';
import { consoleTheme } from './theme';

const inConsole = (ui: JSX.Element) =>
  render(
    <AdminContext dataProvider={testDataProvider()} i18nProvider={i18nProvider} store={memoryStore()}>
      <ThemeProvider theme={createTheme(consoleTheme)}>
        <LocalizedTheme>{ui}</LocalizedTheme>
      </ThemeProvider>
    </AdminContext>,
  );

test('a checkbox given aria-label (as react-admin does) is labelled on its input, not its span', async () => {
  const { container } = inConsole(<Checkbox aria-label="选择此行" className="probe" />);
  const input = await screen.findByRole('checkbox', { name: '选择此行' });
  expect(input.tagName).toBe('INPUT');
  expect(container.querySelector('span.probe')).not.toHaveAttribute('aria-label');
});

test('inputProps given by a caller stay on the input', async () => {
  inConsole(<Checkbox inputProps={{ 'aria-label': '全选', name: 'all' }} />);
  const input = await screen.findByRole('checkbox', { name: '全选' });
  expect(input).toHaveAttribute('name', 'all');
});

test('an autocomplete without a match says 无匹配项; a spinner is named 正在加载', async () => {
  inConsole(
    <>
      <Autocomplete open options={[] as string[]} renderInput={(params) => <TextField {...params} label="部门" />} />
      <CircularProgress />
    </>,
  );
  expect(await screen.findByText('无匹配项')).toBeInTheDocument();
  expect(screen.queryByText('No options')).not.toBeInTheDocument();
  expect(screen.getByRole('progressbar', { name: '正在加载' })).toBeInTheDocument();
});
