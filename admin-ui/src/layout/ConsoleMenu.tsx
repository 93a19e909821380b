// Sidebar: the dashboard and the review queue (待办审核), then the resources the role may list (or only report, e.g. 干预执法记录),
// grouped as in menuGroups.ts.
import { Fragment, createElement } from 'react';
import { Box, ListSubheader } from '@mui/material';
import PlaylistAddCheck from '@mui/icons-material/PlaylistAddCheck';
import School from '@mui/icons-material/School';
import Gavel from '@mui/icons-material/Gavel';
import { Menu, useGetResourceLabel, useSidebarState, useTranslate } from 'react-admin';
import { REVIEW_QUEUE_PATH } from '../lists/ReviewQueue';
import { TRAINING_HOURS_PATH } from '../officers/TrainingHoursPage';
import { LAW_PROPOSALS_PATH } from '../lawprop/LawProposalsPage';
import { canAccess } from '../providers/canAccess';
import { useSession } from '../providers/useSession';
import { menuGroups, type MenuEntry } from './menuGroups';
import { resourceIcon } from './resourceIcons';

const ReportOnlyItem = ({ entry }: { entry: MenuEntry }) => {
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  const name = getResourceLabel(entry.resource, 1);
  return (
    <Menu.Item
      to={`/${entry.resource}/create`}
      primaryText={translate('ra.page.create', { name })}
      leftIcon={createElement(resourceIcon(entry.resource))}
    />
  );
};

export const ConsoleMenu = () => {
  const { schemas, me } = useSession();
  const translate = useTranslate();
  const [open] = useSidebarState();
  return (
    <Menu>
      <Menu.DashboardItem />
      {/* Everyone who reads list versions has a queue; it is empty for roles that take no step. */}
      {canAccess(me?.permissions, { resource: 'responsibility-lists', action: 'list' }) && (
        <Menu.Item to={REVIEW_QUEUE_PATH} primaryText={translate('app.menu.review_queue')} leftIcon={<PlaylistAddCheck />} />
      )}
      {canAccess(me?.permissions, { resource: 'training-records', action: 'list' }) && (
        <Menu.Item to={TRAINING_HOURS_PATH} primaryText={translate('app.certificates.hours_page.menu')} leftIcon={<School />} />
      )}
      {/* Laws proposed from import previews (Art. 10): the reviewer decides, a department follows its own. */}
      {(me?.role === 'justice-reviewer' || canAccess(me?.permissions, { resource: 'power-adjustments', action: 'create' })) && (
        <Menu.Item to={LAW_PROPOSALS_PATH} primaryText={translate('app.lawprop.page.menu')} leftIcon={<Gavel />} />
      )}
      {menuGroups(schemas, me?.permissions).map((group) => {
        const label = translate(`app.menu.groups.${group.key}`);
        const id = `menu-group-${group.key}`;
        return (
          <Box key={group.key} role="group" aria-labelledby={open ? id : undefined} aria-label={open ? undefined : label}>
            {open && (
              <ListSubheader id={id} component="div" disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
                {label}
              </ListSubheader>
            )}
            {group.entries.map((entry) => (
              <Fragment key={entry.resource}>
                {entry.target === 'list' ? <Menu.ResourceItem name={entry.resource} /> : <ReportOnlyItem entry={entry} />}
              </Fragment>
            ))}
          </Box>
        );
      })}
    </Menu>
  );
};
