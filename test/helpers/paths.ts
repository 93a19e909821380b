import { join, resolve } from 'path';

export const ROOT = resolve(__dirname, '..', '..');
export const BOOT = join(ROOT, 'cms', 'dist', 'src', 'server', 'boot.js');
export const TEMPLATE_DB = 'nmg_test_template';
