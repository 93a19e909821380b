// 按地区浏览: the governments as a tree (region → leagues and cities → banners and counties), each
// with the number of its departments that have published a list, linking to those departments.
import { Box, Chip, Link, Paper, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { parseGovernments } from './parse';
import { publicPaths } from './paths';
import { governmentsUrl } from './query';
import { Status } from './Status';
import { buildGovernmentTree, type GovernmentNode } from './tree';
import { usePublicData } from './usePublicData';
import { usePublicText } from './usePublicText';

const Branch = ({ nodes, depth }: { nodes: GovernmentNode[]; depth: number }) => {
  const { t, enumLabel } = usePublicText();
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, pl: depth === 0 ? 0 : 3 }}>
      {nodes.map(({ government, children }) => (
        <Box component="li" key={government.code} sx={{ py: 0.5 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            {government.publishedDepartments > 0 ? (
              <Link component={RouterLink} to={publicPaths.government(government.code)} variant={depth === 0 ? 'h6' : 'body1'}>
                {government.name}
              </Link>
            ) : (
              <Typography variant={depth === 0 ? 'h6' : 'body1'} component="span">
                {government.name}
              </Typography>
            )}
            {government.tier && <Chip size="small" variant="outlined" label={enumLabel('tier', government.tier)} />}
            {government.publishedDepartments > 0 && (
              <Typography variant="body2" color="text.secondary" component="span">
                {t('departments_count', { count: government.publishedDepartments })}
              </Typography>
            )}
          </Box>
          {children.length > 0 && <Branch nodes={children} depth={depth + 1} />}
        </Box>
      ))}
    </Box>
  );
};

export const GovernmentsPage = () => {
  const { t } = usePublicText();
  const state = usePublicData(governmentsUrl(), parseGovernments);
  const tree = state.data ? buildGovernmentTree(state.data) : [];
  return (
    <Paper variant="outlined" component="section" aria-labelledby="public-governments" sx={{ p: 2 }}>
      <Typography id="public-governments" variant="h5" component="h2" sx={{ mb: 2 }}>
        {t('governments')}
      </Typography>
      {state.data ? tree.length > 0 ? <Branch nodes={tree} depth={0} /> : <Typography color="text.secondary">{t('governments_empty')}</Typography> : <Status state={state} />}
    </Paper>
  );
};
