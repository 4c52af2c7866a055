import type { Interface } from 'node:readline/promises';
import { describe, expect, test } from 'vitest';
import { askMissing } from './prompt.ts';

/** A terminal that answers from a list and records the questions. */
function fakeTerminal(answers: string[]) {
  const asked: string[] = [];
  const rl = { question: (q: string) => (asked.push(q), Promise.resolve(answers.shift() ?? '')) } as unknown as Interface;
  return { rl, asked };
}

describe('askMissing', () => {
  test('asks only for missing fields, repeats a required question left empty, and skips optional ones', async () => {
    const { rl, asked } = fakeTerminal(['', '新华社', 'https://www.example.cn/a.html', '廉政舆情', '', '张三']);
    const fields = await askMissing(rl, { title: '标题' }, ['廉政舆情', '时政要闻']);
    expect(fields).toEqual({
      title: '标题',
      source: '新华社',
      originalUrl: 'https://www.example.cn/a.html',
      category: '廉政舆情',
      author: '张三',
    });
    expect(asked).toEqual([
      '来源 source: ',
      '来源 source: ',
      '原文链接 originalUrl: ',
      '栏目 category（廉政舆情、时政要闻）: ',
      '发布时间 date (YYYY-MM-DD，回车=今天): ',
      '作者 author (回车=佚名): ',
    ]);
  });
});
