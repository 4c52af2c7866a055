import { describe, expect, test } from 'vitest';
import { firstSentence, parseIndexTsv, scorePage } from './evaluate.ts';

const TSV = [
  'file\ttitle\tpublish_date\tsource_laiyuan\tauthor_zuozhe\teditor_zerenbianji\tfirst_sentence\tnotes',
  'a.html\t标题 一\t2024-05-09 22:27:02\t新华网\t林海 (dateline: 记者林海)\t\t新华社北京5月9日电（记者林海）首句。\tnote',
].join('\n');

describe('parseIndexTsv', () => {
  test('returns the compared values, notes in parentheses removed', () => {
    expect(parseIndexTsv(TSV)).toEqual([
      {
        file: 'a.html',
        title: '标题 一',
        date: '2024-05-09 22:27:02',
        source: '新华网',
        author: '林海',
        editor: '',
        firstSentence: '新华社北京5月9日电（记者林海）首句。',
      },
    ]);
  });
});

describe('firstSentence', () => {
  test('returns the first paragraph’s first sentence, skipping headings and images', () => {
    expect(firstSentence('## 小标题\n\n![图](a.jpg)\n\n第一句。第二句。\n')).toBe('第一句。');
  });
});

describe('scorePage', () => {
  test('returns per-field matches, dates compared to the minute and empty values as null', () => {
    const [expected] = parseIndexTsv(TSV);
    if (!expected) throw new Error('no row');
    const got = {
      file: 'a.html',
      title: '标题一',
      date: '2024-05-09 22:27',
      source: '新华社',
      author: '林海',
      originalUrl: null,
      editor: null,
      category: null,
      body: '新华社北京5月9日电（记者林海）首句。\n\n上一篇\n',
    };
    expect(scorePage(expected, got)).toEqual({
      title: true,
      date: true,
      source: false,
      author: true,
      editor: true,
      firstSentence: true,
      noChrome: false,
    });
  });
});
