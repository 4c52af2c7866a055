import { afterEach, describe, expect, test } from 'vitest';
import {
  compareDatesDesc,
  dateToChinese,
  dateToDay,
  dateToIso,
  instantToArticleDate,
  parseArticleDate,
  suggestArticleDate,
  yamlValueToArticleDate,
} from './dates.ts';

const originalTz = process.env['TZ'];
afterEach(() => {
  process.env['TZ'] = originalTz;
});

describe.each(['UTC', 'Asia/Shanghai', 'America/Los_Angeles'])('under TZ=%s', (tz) => {
  test('an unquoted YAML date (UTC midnight) keeps its calendar day', () => {
    process.env['TZ'] = tz;
    // This is what js-yaml hands over for `date: 2024-04-18`.
    expect(yamlValueToArticleDate(new Date('2024-04-18T00:00:00Z'))).toBe('2024-04-18');
  });
  test('a date with a time shows the day the editor wrote', () => {
    process.env['TZ'] = tz;
    expect(dateToDay('2024-01-01 00:30')).toBe('2024-01-01');
    expect(dateToIso('2024-01-01 00:30')).toBe('2024-01-01T00:30:00+08:00');
  });
  test('now is read in Asia/Shanghai', () => {
    process.env['TZ'] = tz;
    expect(instantToArticleDate(new Date('2024-04-17T16:30:00Z'))).toBe('2024-04-18 00:30');
  });
});

describe('parseArticleDate', () => {
  test('returns the parts of a date with a time', () => {
    expect(parseArticleDate('2024-04-18 09:30')).toEqual({ year: 2024, month: 4, day: 18, hour: 9, minute: 30 });
  });
  test('returns undefined for dates that do not exist', () => {
    expect(parseArticleDate('2024-02-30')).toBeUndefined();
    expect(parseArticleDate('2023-02-29')).toBeUndefined();
    expect(parseArticleDate('2024-04-18 24:00')).toBeUndefined();
  });
  test('returns undefined for other spellings', () => {
    for (const s of ['2024/4/18', '2024年4月18日', '18-04-2024', '2024-4-18', '', '2024-04-18T09:30']) {
      expect(parseArticleDate(s)).toBeUndefined();
    }
  });
  test('accepts 29 February in a leap year', () => {
    expect(parseArticleDate('2024-02-29')?.day).toBe(29);
  });
});

describe('yamlValueToArticleDate', () => {
  test('returns a trimmed string date', () => {
    expect(yamlValueToArticleDate(' 2024-04-18 09:30 ')).toBe('2024-04-18 09:30');
  });
  test('keeps the time of a YAML timestamp', () => {
    expect(yamlValueToArticleDate(new Date('2024-04-18T09:30:00Z'))).toBe('2024-04-18 09:30');
  });
  test('returns undefined for numbers, invalid dates and nonsense', () => {
    expect(yamlValueToArticleDate(20240418)).toBeUndefined();
    expect(yamlValueToArticleDate(new Date('x'))).toBeUndefined();
    expect(yamlValueToArticleDate('昨天')).toBeUndefined();
  });
});

describe('dateToChinese', () => {
  test('returns the long Chinese form without leading zeros', () => {
    expect(dateToChinese('2024-04-08')).toBe('2024年4月8日');
  });
});

describe('compareDatesDesc', () => {
  test('sorts newest first, a bare day counting as midnight', () => {
    const dates = ['2024-04-18', '2024-04-18 09:30', '2023-12-31 23:59', '2024-04-19'];
    expect([...dates].sort(compareDatesDesc)).toEqual(['2024-04-19', '2024-04-18 09:30', '2024-04-18', '2023-12-31 23:59']);
  });
});

describe('suggestArticleDate', () => {
  test('returns the normalised form of Chinese and slashed dates', () => {
    expect(suggestArticleDate('2024年4月18日')).toBe('2024-04-18');
    expect(suggestArticleDate('2024/4/18')).toBe('2024-04-18');
    expect(suggestArticleDate('２０２４年４月１８日 9:30')).toBe('2024-04-18 09:30');
    expect(suggestArticleDate('2024.04.18 09时30分')).toBe('2024-04-18 09:30');
  });
  test('returns undefined for impossible or unrecognisable dates', () => {
    expect(suggestArticleDate('2024年2月30日')).toBeUndefined();
    expect(suggestArticleDate('四月十八日')).toBeUndefined();
  });
});
