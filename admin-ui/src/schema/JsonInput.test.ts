import { JsonDraft, parseJsonText, showJson } from './JsonInput';

describe('JSON text of a json attribute', () => {
  test('valid JSON is stored parsed, empty text as null', () => {
    expect(parseJsonText('["行政处罚", "行政检查"]')).toEqual(['行政处罚', '行政检查']);
    expect(parseJsonText('  ')).toBeNull();
  });

  test('invalid JSON is kept as typed, for validation to refuse', () => {
    const draft = parseJsonText('{"a": ');
    expect(draft).toBeInstanceOf(JsonDraft);
    expect(showJson(draft)).toBe('{"a": ');
  });

  test('stored values show pretty-printed', () => {
    expect(showJson({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(showJson(null)).toBe('');
  });
});
