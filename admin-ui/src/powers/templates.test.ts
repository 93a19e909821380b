import powerTypes from '../../../config/power-types.json';
import { OTHER_DUTIES } from '../flowchart/buildFlowchart';
import { applyTemplate, templateStepsFor, toStepValues, typeName, type StepValue } from './templates';

describe('templateStepsFor: every power type has its template (config/power-types.json)', () => {
  it.each([
    ['licensing', ['受理', '审查', '决定', '送达', '事后监管', OTHER_DUTIES]],
    ['filing', ['受理', '审查', '决定', '送达', '事后监管', OTHER_DUTIES]],
    ['other', ['受理', '审查', '决定', '送达', '事后监管', OTHER_DUTIES]],
    ['penalty', ['立案', '调查取证', '审查', '告知', '决定', '送达', '执行', OTHER_DUTIES]],
    ['coercion', ['催告', '审查', '决定', '送达', '执行', '事后监管', OTHER_DUTIES]],
    ['inspection', ['检查', '处置', '事后监管', OTHER_DUTIES]],
    ['levy', ['受理', '审核', '决定', '征收', '事后监管', OTHER_DUTIES]],
  ])('%s', (type, steps) => {
    expect(templateStepsFor(type)).toEqual(steps);
  });

  it('all eleven types resolve to a template ending with the catch-all duty', () => {
    expect(powerTypes.types).toHaveLength(11);
    for (const t of powerTypes.types) {
      const steps = templateStepsFor(t.key) ?? [];
      expect(steps[steps.length - 1]).toBe(OTHER_DUTIES);
    }
  });

  it.each([[undefined], [null], [''], ['unknown'], [42]])('no template for %p', (type) => {
    expect(templateStepsFor(type)).toBeNull();
  });

  it('names a type in Chinese', () => {
    expect(typeName('penalty')).toBe('行政处罚');
  });
});

describe('applyTemplate', () => {
  const inspection = ['检查', '处置', '事后监管', OTHER_DUTIES];
  const blank = (step: string): StepValue => ({ step, content: '', basis: '' });

  it.each<{ title: string; current: StepValue[]; steps: StepValue[]; removed: string[]; confirm: boolean }>([
    { title: 'an empty list is filled without asking', current: [], steps: inspection.map(blank), removed: [], confirm: false },
    {
      title: 'rows left blank count as empty',
      current: [{ step: '  ', content: null, basis: '' }],
      steps: inspection.map(blank),
      removed: [],
      confirm: false,
    },
    {
      title: 'a list already equal to the template (content aside) needs no confirmation',
      current: [{ step: '检查', content: '现场检查', basis: '第十条' }, blank('处置'), blank('事后监管'), blank(OTHER_DUTIES)],
      steps: [{ step: '检查', content: '现场检查', basis: '第十条' }, blank('处置'), blank('事后监管'), blank(OTHER_DUTIES)],
      removed: [],
      confirm: false,
    },
    {
      title: 'filled steps of the same name keep their content; others are listed as removed',
      current: [{ step: '处置', content: '责令改正', basis: null }, { step: '受理', content: '接收申请', basis: null }],
      steps: [blank('检查'), { step: '处置', content: '责令改正', basis: '' }, blank('事后监管'), blank(OTHER_DUTIES)],
      removed: ['受理'],
      confirm: true,
    },
    {
      title: 'a reordering alone asks first',
      current: [blank('处置'), blank('检查')],
      steps: inspection.map(blank),
      removed: [],
      confirm: true,
    },
    {
      title: 'names are compared without surrounding spaces',
      current: [{ step: ' 检查 ', content: '抽查', basis: '' }],
      steps: [{ step: '检查', content: '抽查', basis: '' }, blank('处置'), blank('事后监管'), blank(OTHER_DUTIES)],
      removed: [],
      confirm: true,
    },
  ])('$title', ({ current, steps, removed, confirm }) => {
    const result = applyTemplate(current, inspection);
    expect(result.steps).toEqual(steps);
    expect(result.removed).toEqual(removed);
    expect(result.needsConfirmation).toBe(confirm);
  });
});

describe('toStepValues: the form value read defensively', () => {
  it.each([
    { value: undefined, expected: [] },
    { value: 'x', expected: [] },
    { value: [null, 1, { step: '受理', content: 5, basis: '第一条' }], expected: [{ step: '受理', content: null, basis: '第一条' }] },
    { value: [{}], expected: [{ step: '', content: null, basis: null }] },
  ])('$value', ({ value, expected }) => {
    expect(toStepValues(value)).toEqual(expected);
  });
});
