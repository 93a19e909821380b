/** @jest-environment node */
// The sheet as staff keep it: an .xlsx workbook (built here with exceljs) or a UTF-8 CSV.
import ExcelJS from 'exceljs';
import { cellText, parseCsv, readCsv, readSheet, SheetError } from './readSheet';

async function workbookBuffer(build: (sheet: ExcelJS.Worksheet) => void): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('权责清单'));
  workbook.addWorksheet('说明').addRow(['这一页不读']);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer).slice().buffer;
}

describe('xlsx', () => {
  test('the first worksheet: header row, rich text, formula results, dates and numbers as text', async () => {
    const data = await workbookBuffer((sheet) => {
      sheet.addRow(['事项名称', '权力类型', '公布日期', '序号', '备注']);
      sheet.addRow([
        { richText: [{ text: '对违法', font: { bold: true } }, { text: '行为的处罚' }] },
        '行政处罚',
        new Date(Date.UTC(2024, 0, 31)),
        { formula: '1+1', result: 2 },
        '第一行\r\n第二行',
      ]);
      sheet.addRow([]);
      sheet.addRow(['检查事项', '行政检查', null, 3.5, { text: '链接', hyperlink: 'https://example.org' }]);
      sheet.addRow([]);
    });
    const sheet = await readSheet('清单.xlsx', data);
    expect(sheet.headers).toEqual(['事项名称', '权力类型', '公布日期', '序号', '备注']);
    expect(sheet.firstDataRow).toBe(2);
    expect(sheet.rows).toEqual([
      ['对违法行为的处罚', '行政处罚', '2024-01-31', '2', '第一行\n第二行'],
      ['', '', '', '', ''],
      ['检查事项', '行政检查', '', '3.5', '链接'],
    ]);
  });

  test('a merged title row above the header is skipped and row numbers stay as Excel shows them', async () => {
    const data = await workbookBuffer((sheet) => {
      sheet.addRow(['锡林浩特市市场监督管理局权责清单']);
      sheet.mergeCells('A1:C1');
      sheet.addRow(['事项名称', '权力类型', '备注']);
      sheet.addRow(['甲', '行政许可', '']);
    });
    const sheet = await readSheet('list.XLSX', data);
    expect(sheet.headers).toEqual(['事项名称', '权力类型', '备注']);
    expect(sheet.firstDataRow).toBe(3);
    expect(sheet.rows).toEqual([['甲', '行政许可', '']]);
  });

  test('a file that is not a workbook is refused with a reason', async () => {
    await expect(readSheet('x.xlsx', new TextEncoder().encode('not a zip').buffer)).rejects.toMatchObject({ code: 'UNREADABLE' });
    await expect(readSheet('old.xls', new ArrayBuffer(4))).rejects.toBeInstanceOf(SheetError);
  });

  test.each([
    [null, ''], [42, '42'], [0.1 + 0.2, '0.3'], [true, '是'], [{ sharedFormula: 'A1', result: '甲' }, '甲'], [{ formula: 'A1' }, ''], [{ error: '#REF!' }, ''],
  ])('cell %j → %j', (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe('csv', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  test('UTF-8 with BOM, CRLF, quoted commas, quotes and line breaks', () => {
    const sheet = readCsv(bytes('\uFEFF事项名称,追责情形,备注\r\n"对A, B的处罚","1.未立案\r\n2.超越职权","他说""可以"""\r\n检查,,\r\n'));
    expect(sheet.headers).toEqual(['事项名称', '追责情形', '备注']);
    expect(sheet.rows).toEqual([
      ['对A, B的处罚', '1.未立案\n2.超越职权', '他说"可以"'],
      ['检查', '', ''],
    ]);
  });

  test('UTF-8 without BOM and with LF only; short rows are padded', () => {
    const sheet = readCsv(bytes('名称,说明\n执法一科\n执法二科,负责检查'));
    expect(sheet.rows).toEqual([['执法一科', ''], ['执法二科', '负责检查']]);
  });

  test('a GBK file is refused with a hint to save as CSV UTF-8', () => {
    const gbk = new Uint8Array([0xca, 0xc2, 0xcf, 0xee, 0x2c, 0x0a]);
    expect(() => readCsv(gbk)).toThrow(expect.objectContaining({ code: 'ENCODING' }));
  });

  test('an empty file has no header', () => {
    expect(() => readCsv(bytes('\uFEFF\r\n\r\n'))).toThrow(expect.objectContaining({ code: 'EMPTY' }));
  });

  test('parseCsv keeps empty fields and a last line without a break', () => {
    expect(parseCsv('a,,c\n,,\nx')).toEqual([['a', '', 'c'], ['', '', ''], ['x']]);
  });
});
