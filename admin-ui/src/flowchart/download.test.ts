import { downloadFlowchart, flowchartFileName, saveBlob, svgBlob, svgDataUrl, svgToPngBlob } from './download';

describe('flowchartFileName: <code>-运行流程图.<ext>', () => {
  it.each([
    { code: '152502000CF00100', format: 'svg' as const, fallback: undefined, expected: '152502000CF00100-运行流程图.svg' },
    { code: '152502000CF00100', format: 'png' as const, fallback: '罚款', expected: '152502000CF00100-运行流程图.png' },
    { code: '', format: 'svg' as const, fallback: '食品经营许可', expected: '食品经营许可-运行流程图.svg' },
    { code: null, format: 'png' as const, fallback: null, expected: '运行流程图.png' },
    { code: 'A/B:C*?"<>|', format: 'svg' as const, fallback: undefined, expected: 'A_B_C______-运行流程图.svg' },
  ])('$code / $fallback → $expected', ({ code, format, fallback, expected }) => {
    expect(flowchartFileName(code, format, fallback)).toBe(expected);
  });
});

describe('SVG payloads', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>受理 & 审查</text></svg>';

  it('a Blob typed as SVG in UTF-8 that holds the document unchanged', async () => {
    const blob = svgBlob(svg);
    expect(blob.type).toBe('image/svg+xml;charset=utf-8');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });
    expect(text).toBe(svg);
  });

  it('a data URL that round-trips Chinese text and markup', () => {
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(svg);
  });
});

describe('saving and rasterising (browser APIs faked, as jsdom has no canvas)', () => {
  const created: Blob[] = [];
  let clicked: { download: string; href: string }[] = [];

  beforeEach(() => {
    jest.useFakeTimers();
    created.length = 0;
    clicked = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return `blob:test/${created.length}`;
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
  });

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('saveBlob clicks a temporary download link, removes it and later frees the URL', () => {
    saveBlob(new Blob(['x']), 'a-运行流程图.svg');
    expect(clicked).toEqual([{ download: 'a-运行流程图.svg', href: 'blob:test/1' }]);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1000);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });

  /** Stands in for the browser's Image: "loads" as soon as a src is set. */
  function fakeImage(fail = false): string[] {
    const sources: string[] = [];
    class FakeImage {
      onload: (() => void) | null = null;
      onerror: (() => void) | null = null;
      set src(value: string) {
        sources.push(value);
        setTimeout(() => (fail ? this.onerror?.() : this.onload?.()), 0);
      }
    }
    Object.defineProperty(window, 'Image', { value: FakeImage, configurable: true, writable: true });
    return sources;
  }

  function fakeCanvas() {
    const calls: string[] = [];
    const context = {
      scale: (x: number, y: number) => calls.push(`scale ${x} ${y}`),
      fillRect: (x: number, y: number, w: number, h: number) => calls.push(`fillRect ${x} ${y} ${w} ${h}`),
      drawImage: (_image: unknown, x: number, y: number, w: number, h: number) => calls.push(`drawImage ${x} ${y} ${w} ${h}`),
      fillStyle: '',
    };
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => context as unknown as CanvasRenderingContext2D);
    jest.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (this: HTMLCanvasElement, callback: BlobCallback, type?: string) {
      calls.push(`toBlob ${this.width}x${this.height} ${type ?? ''}`);
      callback(new Blob(['png'], { type: 'image/png' }));
    });
    return calls;
  }

  it('svgToPngBlob draws the SVG on a white canvas at twice its size and encodes PNG', async () => {
    const sources = fakeImage();
    const calls = fakeCanvas();
    const pending = svgToPngBlob('<svg/>', 368, 200);
    jest.runAllTimers();
    const blob = await pending;
    expect(blob.type).toBe('image/png');
    expect(sources).toEqual([svgDataUrl('<svg/>')]);
    expect(calls).toEqual(['scale 2 2', 'fillRect 0 0 368 200', 'drawImage 0 0 368 200', 'toBlob 736x400 image/png']);
  });

  it('svgToPngBlob rejects when the image cannot be loaded, so the view can report it', async () => {
    fakeImage(true);
    fakeCanvas();
    const pending = svgToPngBlob('<svg/>', 10, 10);
    jest.runAllTimers();
    await expect(pending).rejects.toThrow('could not be loaded');
  });

  it('downloadFlowchart saves an SVG file or a PNG file under the given name', async () => {
    fakeImage();
    fakeCanvas();
    await downloadFlowchart({ svg: '<svg/>', width: 10, height: 10 }, 'svg', 'X-运行流程图.svg');
    const png = downloadFlowchart({ svg: '<svg/>', width: 10, height: 10 }, 'png', 'X-运行流程图.png');
    jest.runAllTimers();
    await png;
    expect(clicked.map((c) => c.download)).toEqual(['X-运行流程图.svg', 'X-运行流程图.png']);
    expect(created.map((b) => b.type)).toEqual(['image/svg+xml;charset=utf-8', 'image/png']);
  });
});
