// 动态调整任务: for each open task the department, the law that changed, the deadline and how many
// powers it concerns; overdue ones flagged in red. Each links to the adjustment-tasks list.
import { Box, Card, CardActionArea, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Link, LinkBase, useTranslate } from 'react-admin';
import { openTasksFigure, overdueTasksFigure, taskFigure, type AdjustmentTaskSummary } from './adjustmentTasks';
import { useFigureLink } from './useFigureLink';

export const AdjustmentTasks = ({ tasks, today }: { tasks: AdjustmentTaskSummary[]; today: string }) => {
  const translate = useTranslate();
  const linkOf = useFigureLink();
  if (tasks.length === 0) return null;
  const t = (key: string, options: Record<string, unknown> = {}) => translate(`app.dashboard.adjustment.${key}`, options);
  const overdue = overdueTasksFigure(tasks, today);
  const open = openTasksFigure(tasks);
  return (
    <Box component="section" aria-labelledby="dashboard-adjustment-tasks" sx={{ mb: 3 }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'baseline', flexWrap: 'wrap', mb: 1 }}>
        <Typography id="dashboard-adjustment-tasks" variant="h6" component="h2">
          {t('title')}
        </Typography>
        <Link to={linkOf(open)}>{t('open_all', { count: open.count })}</Link>
        {overdue.count > 0 && (
          <Link to={linkOf(overdue)} sx={{ color: 'error.main' }}>
            {t('overdue_all', { count: overdue.count })}
          </Link>
        )}
      </Stack>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))' }}>
        {tasks.map((task) => (
          <Card key={task.id} variant="outlined" sx={{ borderColor: task.overdue ? 'error.main' : undefined }}>
            <CardActionArea
              component={LinkBase}
              to={linkOf(taskFigure(task))}
              sx={{ height: '100%', '&.Mui-focusVisible': { outline: '3px solid', outlineColor: 'primary.main' } }}
            >
              <CardContent>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
                  <Typography variant="subtitle2" component="p" sx={{ flex: 1 }}>
                    {task.department?.name}
                  </Typography>
                  {task.overdue && <Chip size="small" color="error" label={t('overdue')} />}
                </Stack>
                <Typography variant="body2">《{task.legalBasisTitle}》</Typography>
                {task.reason && (
                  <Typography variant="body2" color="text.secondary">
                    {task.reason}
                  </Typography>
                )}
                <Typography variant="caption" color={task.overdue ? 'error' : 'text.secondary'} component="p" sx={{ mt: 1 }}>
                  {t('due', { date: task.dueDate.slice(0, 10) })} · {t('powers', { count: task.powerCount })}
                </Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        ))}
      </Box>
    </Box>
  );
};
