// Who is signed in, for whom and at which tier: staff of several organisations share machines.
import { Box, Chip, Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

// On a phone the badge gives its room to the page title; the user menu still names the user.
export const UserBadge = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity) return null;
  const tier = text(identity.tier);
  const organisation = text(identity.organisation);
  const tierLabel = tier ? translate(`app.header.tier.${tier}`, { _: tier }) : '';
  return (
    <Box sx={{ display: { xs: 'none', sm: 'flex' }, alignItems: 'center', gap: 1, mx: 1, minWidth: 0 }} aria-label={translate('app.header.signedInAs')}>
      <Typography variant="body2" noWrap sx={{ fontWeight: 600 }}>
        {identity.fullName}
      </Typography>
      {organisation && (
        <Typography variant="body2" noWrap sx={{ display: { xs: 'none', md: 'block' }, opacity: 0.9 }}>
          {organisation}
        </Typography>
      )}
      {tierLabel && <Chip size="small" label={tierLabel} sx={{ color: 'inherit', borderColor: 'currentColor' }} variant="outlined" />}
    </Box>
  );
};
