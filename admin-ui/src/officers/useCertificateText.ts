// Texts of the certificate screens (app.certificates.*), the certificate statuses (enums) and the
// steps' names; dates in the user's language.
import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

export function useCertificateText() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return useMemo(() => {
    const t = (key: string, options: Record<string, unknown> = {}): string => translate(`app.certificates.${key}`, options);
    const statusLabel = (status: string): string => translate(`enums.officers.status.${status}`, { _: status });
    const stepLabel = (step: string): string => translate(`app.certificates.steps.${step}`, { _: step });
    const roleLabel = (role: string | null): string => (role ? translate(`app.roles.${role}`, { _: role }) : '');
    const dateTime = (iso: string): string => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
    };
    return { t, translate, statusLabel, stepLabel, roleLabel, dateTime, locale };
  }, [translate, locale]);
}

export type CertificateText = ReturnType<typeof useCertificateText>;
