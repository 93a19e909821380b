import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { PasswordGate, SecondFactorGate } from '../security';
import { ConsoleAppBar } from './ConsoleAppBar';
import { ConsoleMenu } from './ConsoleMenu';
import { LocalizedTheme } from './LocalizedTheme';

export const ConsoleLayout = ({ children }: { children: ReactNode }) => (
  <LocalizedTheme>
    <Layout appBar={ConsoleAppBar} menu={ConsoleMenu}>
      <PasswordGate>
        <SecondFactorGate>{children}</SecondFactorGate>
      </PasswordGate>
    </Layout>
  </LocalizedTheme>
);
