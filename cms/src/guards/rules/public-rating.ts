// Public ratings (Art. 25, external evaluation) come only from the public form, written by the
// server; staff read them but may neither write, change nor delete them (the assessed department
// would otherwise edit its own external evaluation).
import { ScopeForbidden } from '../../store/errors';
import type { RuleAdapter } from './types';

export const publicRatingRules: RuleAdapter = {
  async before({ actor }) {
    if (actor.kind === 'user' || actor.kind === 'public') {
      throw new ScopeForbidden('department', '依据《内蒙古自治区行政执法责任制规定》第二十五条，公众评议只能由公众通过公开表单提交，工作人员不能新增、修改或删除。');
    }
  },
};
