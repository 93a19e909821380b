import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { PasswordGate, SecondFactorGate } from '../security';
import { ConsoleAppBar } from './ConsoleAppBar';
import { ConsoleMenu } from './ConsoleMenu';
import { LocalizedTheme } from './LocalizedTheme';

// react-admin's layout is at least as wide as its widest content (min-width: fit-content, and flex
// items at their min-content): one long unbreakable line made a power's page 336 px wider than a
// 390 px phone (issue 14, point 10). On phones the frame keeps the screen's width and the content
// wraps, scrolls (tabs) or is cut with … (the title) inside it.
const FILL_SCREEN = { xs: 0, sm: 'fit-content' };
const PHONE_WIDTH = {
  minWidth: FILL_SCREEN,
  '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content': { minWidth: { xs: 0 } },
  // On phones the app bar is sticky and as tall as its wrapped title (ConsoleAppBar): no room is kept
  // above the page for a fixed bar of one line. Wider screens keep react-admin's 48 px under the fixed
  // bar (an xs value alone applies at every width and let the bar cover the list's 新建 button).
  '& .RaLayout-appFrame': { marginTop: { xs: 0, sm: 6 } },
};

export const ConsoleLayout = ({ children }: { children: ReactNode }) => (
  <LocalizedTheme>
    <Layout appBar={ConsoleAppBar} menu={ConsoleMenu} sx={PHONE_WIDTH}>
      <PasswordGate>
        <SecondFactorGate>{children}</SecondFactorGate>
      </PasswordGate>
    </Layout>
  </LocalizedTheme>
);
