// The departments of one government that have published a list, each with its current version.
import { Card, CardActionArea, CardContent, Paper, Typography, Box } from '@mui/material';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { PublicBreadcrumbs } from './Breadcrumbs';
import { ListMeta } from './ListMeta';
import { parseDepartments, parseGovernments } from './parse';
import { publicPaths } from './paths';
import { departmentsUrl, governmentsUrl } from './query';
import { Status } from './Status';
import { governmentPath } from './tree';
import { usePublicData } from './usePublicData';
import { usePublicText } from './usePublicText';

export const DepartmentsPage = () => {
  const { code = '' } = useParams();
  const { t } = usePublicText();
  const governments = usePublicData(governmentsUrl(), parseGovernments);
  const departments = usePublicData(departmentsUrl(code), parseDepartments);
  const path = governmentPath(governments.data ?? [], code);
  const name = path[path.length - 1]?.name ?? departments.data?.[0]?.government.name ?? code;
  return (
    <Box>
      <PublicBreadcrumbs crumbs={(path.length > 0 ? path : [{ code, name }]).map((g) => ({ label: g.name, to: publicPaths.government(g.code) }))} />
      <Paper variant="outlined" component="section" aria-labelledby="public-departments" sx={{ p: 2 }}>
        <Typography id="public-departments" variant="h5" component="h2" sx={{ mb: 2 }}>
          {t('departments_title', { name })}
        </Typography>
        {!departments.data ? (
          <Status state={departments} />
        ) : departments.data.length === 0 ? (
          <Typography color="text.secondary">{t('departments_empty')}</Typography>
        ) : (
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))' }}>
            {departments.data.map((department) => (
              <Box component="li" key={department.id}>
                <Card variant="outlined" sx={{ height: '100%' }}>
                  <CardActionArea component={RouterLink} to={publicPaths.department(department.id)} sx={{ height: '100%' }}>
                    <CardContent>
                      <Typography variant="h6" component="h3" sx={{ mb: 1 }}>
                        {department.name}
                      </Typography>
                      {department.list && (
                        <>
                          {department.list.title && (
                            <Typography variant="body2" sx={{ mb: 1 }}>
                              {department.list.title}
                            </Typography>
                          )}
                          <ListMeta list={department.list} underAdjustment={department.underAdjustment} />
                        </>
                      )}
                    </CardContent>
                  </CardActionArea>
                </Card>
              </Box>
            ))}
          </Box>
        )}
      </Paper>
    </Box>
  );
};
