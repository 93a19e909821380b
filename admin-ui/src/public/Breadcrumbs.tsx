// Where the reader is: all regions › government chain › department › item.
import { Breadcrumbs, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { publicPaths } from './paths';
import { usePublicText } from './usePublicText';

export interface Crumb {
  label: string;
  to?: string;
}

export const PublicBreadcrumbs = ({ crumbs }: { crumbs: Crumb[] }) => {
  const { t } = usePublicText();
  const all: Crumb[] = [{ label: t('home'), to: publicPaths.home }, ...crumbs];
  return (
    <Breadcrumbs sx={{ mb: 2 }}>
      {all.map((crumb, index) =>
        crumb.to && index < all.length - 1 ? (
          <Link key={`${crumb.label}-${index}`} component={RouterLink} to={crumb.to} underline="hover" color="inherit">
            {crumb.label}
          </Link>
        ) : (
          <Typography key={`${crumb.label}-${index}`} color="text.primary" aria-current={index === all.length - 1 ? 'page' : undefined}>
            {crumb.label}
          </Typography>
        ),
      )}
    </Breadcrumbs>
  );
};
