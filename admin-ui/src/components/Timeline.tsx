// The one timeline of the console: the recorded steps of a record, oldest first (a list version's
// transitions, a case's steps). Each caller turns its own history into these entries.
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export interface TimelineEntry {
  /** ISO time of the step. */
  at: string;
  /** Shown as the time, in the reader's words. */
  when: string;
  /** What happened: the action and the states, e.g. 「提交：草稿 → 待审核」. */
  title: string;
  /** Who: name, role, organisation (or 系统). */
  who: string;
  /** The opinion, reason or note, if the step has one. */
  body?: ReactNode;
  /** Marks a step that needs attention (an escalation). */
  alert?: boolean;
}

export const Timeline = ({ entries, label, empty }: { entries: TimelineEntry[]; label: string; empty: string }) => {
  if (entries.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {empty}
      </Typography>
    );
  }
  return (
    <Box component="ol" aria-label={label} sx={{ listStyle: 'none', p: 0, m: 0, borderLeft: 2, borderColor: 'divider', ml: 1 }}>
      {entries.map((entry, index) => (
        <Box component="li" key={`${entry.at}-${index}`} sx={{ position: 'relative', pl: 3, pb: 2 }}>
          <Box aria-hidden="true" sx={{ position: 'absolute', left: -7, top: 6, width: 12, height: 12, borderRadius: '50%', bgcolor: entry.alert ? 'error.main' : 'primary.main' }} />
          <Typography variant="subtitle2" component="h3">
            {entry.title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            <time dateTime={entry.at}>{entry.when}</time>
            {' · '}
            {entry.who}
          </Typography>
          {entry.body}
        </Box>
      ))}
    </Box>
  );
};

/** 「动作：原状态 → 新状态」, the title of a step that moves a record between states. */
export const stepTitle = (action: string, from: string | null, to: string): string => `${action}：${from ? `${from} → ` : ''}${to}`;
