// One icon per resource so the sidebar can be scanned; unknown (newly added) resources get a generic one.
import type { ComponentType } from 'react';
import AccountBalance from '@mui/icons-material/AccountBalance';
import Apartment from '@mui/icons-material/Apartment';
import Assessment from '@mui/icons-material/Assessment';
import Badge from '@mui/icons-material/Badge';
import Description from '@mui/icons-material/Description';
import EmojiEvents from '@mui/icons-material/EmojiEvents';
import Gavel from '@mui/icons-material/Gavel';
import History from '@mui/icons-material/History';
import LibraryBooks from '@mui/icons-material/LibraryBooks';
import ListAlt from '@mui/icons-material/ListAlt';
import MenuBook from '@mui/icons-material/MenuBook';
import ReportProblem from '@mui/icons-material/ReportProblem';
import School from '@mui/icons-material/School';
import SwapHoriz from '@mui/icons-material/SwapHoriz';
import TableRows from '@mui/icons-material/TableRows';
import Work from '@mui/icons-material/Work';
import Groups from '@mui/icons-material/Groups';
import PanTool from '@mui/icons-material/PanTool';
import VerifiedUser from '@mui/icons-material/VerifiedUser';
import Summarize from '@mui/icons-material/Summarize';
import Update from '@mui/icons-material/Update';
import Public from '@mui/icons-material/Public';
import Videocam from '@mui/icons-material/Videocam';
import Handshake from '@mui/icons-material/Handshake';
import Campaign from '@mui/icons-material/Campaign';
import AutoStories from '@mui/icons-material/AutoStories';

const ICONS: Record<string, ComponentType> = {
  governments: AccountBalance,
  departments: Apartment,
  agencies: Groups,
  posts: Work,
  officers: Badge,
  'training-records': School,
  'legal-bases': MenuBook,
  'catalogue-items': LibraryBooks,
  powers: Gavel,
  'power-adjustments': SwapHoriz,
  'responsibility-lists': ListAlt,
  'adjustment-tasks': Update,
  'published-items': Public,
  assessments: Assessment,
  'accountability-cases': ReportProblem,
  'interference-records': PanTool,
  'major-penalty-filings': Description,
  'enforcement-records': Videocam,
  'guidance-measures': Handshake,
  'legal-education-lists': Campaign,
  'case-interpretations': AutoStories,
  'annual-reports': Summarize,
  commendations: EmojiEvents,
  'audit-logs': History,
  clarifications: VerifiedUser,
};

export const resourceIcon = (resource: string): ComponentType => ICONS[resource] ?? TableRows;
