import type { FieldSchema } from '../providers/types';
import { requestData, requestFields } from './requestFields';

const field = (name: string): FieldSchema => ({ name, label: name, type: 'string', required: false, personal: false });
const FIELDS = ['kind', 'department', 'power', 'targetDepartment', 'reason', 'state', 'opinion', 'decidedAt', 'approvingDepartment', 'proposedName', 'appliedPower'].map(field);
const names = (kind: unknown) => requestFields(FIELDS, kind).map((f) => f.name);

test('Art. 11: the request form never holds the decision or the applied power', () => {
  for (const kind of ['add', 'cancel', 'change', 'delegate', 'undertake', undefined]) {
    expect(names(kind)).not.toEqual(expect.arrayContaining(['state']));
    for (const decision of ['state', 'opinion', 'decidedAt', 'approvingDepartment', 'appliedPower']) expect(names(kind)).not.toContain(decision);
  }
});

test('a 下放 names the power and the receiving department; a 新增 the proposed power', () => {
  expect(names('delegate')).toEqual(['kind', 'department', 'power', 'targetDepartment', 'reason']);
  expect(names('add')).toEqual(['kind', 'department', 'reason', 'proposedName']);
  expect(names(undefined)).toEqual(['kind', 'department', 'reason']);
});

test('what is sent keeps only the chosen kind\'s fields and the version', () => {
  const sent = requestData({ id: 'x', updatedAt: 't', kind: 'delegate', power: 'p', targetDepartment: 'd', proposedName: 'typed before', state: 'approved', reason: 'r' }, FIELDS);
  expect(sent).toEqual({ id: 'x', updatedAt: 't', kind: 'delegate', power: 'p', targetDepartment: 'd', reason: 'r' });
});
