import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { PasswordGate, SecondFactorGate } from '../security';
import { ConsoleAppBar } from './ConsoleAppBar';
import { ConsoleMenu } from './ConsoleMenu';

export const ConsoleLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={ConsoleAppBar} menu={ConsoleMenu}>
    <PasswordGate>
      <SecondFactorGate>{children}</SecondFactorGate>
    </PasswordGate>
  </Layout>
);
