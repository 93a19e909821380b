// react-admin's default theme with a darker blue: white text on its #2196f3 app bar has a contrast of
// 3.1:1, below WCAG 2.1 AA's 4.5:1 (GB/T 37668-2019); #1565c0 gives 5.8:1 (issue 14, axe-core).
import type { CheckboxOwnerState } from '@mui/material';
import { defaultTheme, type RaThemeOptions } from 'react-admin';

const blue = { main: '#1565c0', contrastText: '#ffffff' };

type InputAttributes = Record<string, unknown>;
const inputPropsOf = (state: CheckboxOwnerState): InputAttributes => ((state as { inputProps?: InputAttributes }).inputProps ?? {});
const ariaLabelOf = (state: CheckboxOwnerState): unknown => (state as { 'aria-label'?: unknown })['aria-label'];

export const consoleTheme: RaThemeOptions = {
  ...defaultTheme,
  palette: { ...defaultTheme.palette, primary: blue, secondary: blue },
  components: {
    ...defaultTheme.components,
    // react-admin's row checkbox (SelectRowCheckbox) sets aria-label on the Checkbox, which MUI puts
    // on the outer <span>: axe finds an unlabelled input and a label where ARIA forbids one. The
    // label moves to the <input> it names (issue 14, WCAG 4.1.2); inputProps given elsewhere stay.
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          input: (state: CheckboxOwnerState) => ({ ...inputPropsOf(state), 'aria-label': inputPropsOf(state)['aria-label'] ?? ariaLabelOf(state) }),
          root: () => ({ 'aria-label': undefined }),
        },
      },
    },
  },
};
