// The flowchart on the power's show page: an image with a name screen readers announce, drawn
// from the record's steps, with the two downloads.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { PowerShow } from './PowerShow';
import { basePower, fakeBackend, renderWithAdmin } from './testing';

const penaltySteps = ['立案', '调查取证', '审查', '告知', '决定', '送达', '执行', '其他法律法规规章文件规定应履行的责任'].map((step) => ({ step, content: '', basis: null }));

describe('PowerShow → 运行流程图', () => {
  beforeAll(async () => {
    // react-admin routes by hash by default; the steps tab holds the flowchart. Set once, and let
    // the hashchange event pass before any router listens (jsdom cannot host a data router's navigation).
    window.location.hash = '#/powers/p1/show/steps';
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  beforeEach(() => {
    URL.createObjectURL = jest.fn(() => 'blob:test/1');
    URL.revokeObjectURL = jest.fn();
  });
  afterEach(() => jest.restoreAllMocks());

  function renderShow(): void {
    const power = basePower({ type: 'penalty', code: '152502000CF00100', name: '对未取得食品经营许可从事食品经营活动的处罚', steps: penaltySteps });
    renderWithAdmin(
      fakeBackend(power).dataProvider,
      <Routes>
        <Route path="/powers/:id/show/*" element={<PowerShow />} />
      </Routes>,
    );
  }

  it('draws the record\'s steps as a labelled image, the catch-all duty beside the chain', async () => {
    renderShow();
    const image = await screen.findByRole('img', { name: '对未取得食品经营许可从事食品经营活动的处罚运行流程图' });
    const texts = [...image.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['1. 立案', '7. 执行', '结束']));
    expect(image.querySelectorAll('g.flow-step')).toHaveLength(7);
    expect(image.querySelectorAll('g.flow-note')).toHaveLength(1);
  });

  // The PNG path needs a real canvas: download.test.ts covers it with a faked one.
  it('downloads the SVG as <code>-运行流程图.svg', async () => {
    const clicked: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    renderShow();
    fireEvent.click(await screen.findByRole('button', { name: /下载\s?SVG/ }));
    await waitFor(() => expect(clicked).toEqual(['152502000CF00100-运行流程图.svg']));
  });
});
