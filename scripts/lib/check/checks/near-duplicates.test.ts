import { describe, expect, test } from 'vitest';
import { EDITS, editedPairs, templateArticles } from '../near-duplicate-set.ts';
import { findNearDuplicatePairs, findNearDuplicates, MIN_SHARED, type BodyClaim } from './near-duplicates.ts';
import { bodyToShingles, sharedShingles, shinglesToSet } from './shingles.ts';

const article =
  '青禾市把清廉机关建设作为全面从严治党的重要抓手，坚持教育、制度、监督一体推进，推动机关作风持续向好。全市梳理机关权力运行风险点326个，逐项明确防控措施，建立月提醒、季督查、年考核工作机制。';
const other =
  '远洋科考船深蓝一号六月十八日完成首次深海样品采集，目前船上设备运行稳定，此次科考共采集沉积物样品三十六份，相关数据将在后续报道中公布，科研人员表示将继续开展观测。';
const claim = (file: string, body: string, date = '2024-05-01'): BodyClaim => ({ file, line: 8, body, date });
const shared = (a: string, b: string) => {
  const [x, y] = [shinglesToSet(bodyToShingles(a)!), shinglesToSet(bodyToShingles(b)!)];
  return sharedShingles(x, y) / Math.min(x.length, y.length);
};

describe('bodyToShingles', () => {
  test('returns the same shingles for a copy that differs in punctuation, full-width digits, spacing and markup', () => {
    const copy = `## ${article.replace(/，/gu, ', ').replace('326', '３２６').replace('。', '。\n\n**')}`;
    expect(bodyToShingles(copy)).toEqual(bodyToShingles(article));
    expect(bodyToShingles(article)?.length).toBe(81);
  });

  test('ignores image and link addresses', () => {
    expect(bodyToShingles(`${article}![图](./a/road2024.jpg)[原文](https://a.example.cn/1.html)`)).toEqual(
      bodyToShingles(`${article}![图](./b/x.jpg)[原文](https://b.example.cn/2.html)`),
    );
  });

  test('returns undefined for a body under 60 counted characters', () => {
    expect(bodyToShingles('短文。'.repeat(29))).toBeUndefined();
    expect(bodyToShingles('短文。'.repeat(30))?.length).toBe(56);
    expect(shinglesToSet(bodyToShingles('短文。'.repeat(30))!).length).toBe(2);
  });
});

describe('findNearDuplicates', () => {
  test('reports the later copy with the earlier file and the share of text they have in common', () => {
    const problems = findNearDuplicates([claim('a.md', article), claim('b.md', other), claim('c.md', `${article}\n`, '2024-05-02')]);
    expect(problems).toEqual([
      {
        file: 'c.md',
        field: 'body',
        severity: 'warning',
        line: 8,
        column: 1,
        message:
          '正文与 a.md 约 100% 相同。The body is about 100% the same as a.md: the same article reprinted twice? Delete one, or keep both if they really differ.',
      },
    ]);
  });

  test('reports on the earlier file when only it is among the files named', () => {
    const problems = findNearDuplicates([claim('a.md', article), claim('c.md', article, '2024-05-02')], (f) => f === 'a.md');
    expect(problems.map((p) => [p.file, p.message.slice(0, 18)])).toEqual([['a.md', '正文与 c.md 约 100% 相同']]);
  });

  test('rounds the share down, so a changed copy is never called 100%', () => {
    const changed = article.replace('推动机关作风持续向好', '机关风气明显好转');
    expect(shared(article, changed).toFixed(3)).toBe('0.848');
    expect(findNearDuplicates([claim('a.md', article), claim('b.md', changed, '2024-06-01')])[0]?.message).toContain('约 84% 相同');
  });
});

describe('the generated near-duplicate set (seeded)', () => {
  const pairs = editedPairs(15, 200);

  test.each(EDITS)('finds all 200 copies edited by %s, each pair on its own', (edit) => {
    const found = pairs
      .filter((p) => p.edit === edit)
      .map((p) => findNearDuplicatePairs([claim('original.md', p.original), claim('copy.md', p.copy, '2024-05-02')]).length);
    expect(found.filter((n) => n === 1).length).toBe(200);
  });

  test('pins the least shared text of each edit: every one far above the threshold', () => {
    const least = Object.fromEntries(
      EDITS.map((edit) => [edit, Math.min(...pairs.filter((p) => p.edit === edit).map((p) => shared(p.original, p.copy))).toFixed(3)]),
    );
    expect(least).toEqual({
      'one-sentence-replaced': '0.938',
      'new-lead': '1.000',
      'paragraphs-reordered': '0.975',
      'punctuation-spacing': '1.000',
      'sentences-edited-20': '0.883',
    });
    expect(MIN_SHARED).toBe(0.7);
  });

  test('pairs all 1,000 copies with their originals when all 2,000 bodies are checked together', () => {
    const claims = pairs.flatMap((p, i) => [claim(`o${i}.md`, p.original), claim(`c${i}.md`, p.copy, '2024-05-02')]);
    const found = findNearDuplicatePairs(claims);
    expect(found.length).toBe(1000);
    expect(found.filter((d) => d.later.file.slice(1) !== d.earlier.file.slice(1))).toEqual([]);
  });

  test('flags none of the 44,850 pairs of 300 distinct reports written from one meeting template', () => {
    const reports = templateArticles(16, 300);
    expect(findNearDuplicatePairs(reports.map((body, i) => claim(`t${i}.md`, body)))).toEqual([]);
  });

  test('pins the most text two distinct template reports share: well below the threshold', () => {
    const sets = templateArticles(16, 150).map((b) => shinglesToSet(bodyToShingles(b)!));
    let most = 0;
    for (let i = 0; i < sets.length; i++)
      for (let j = i + 1; j < sets.length; j++)
        most = Math.max(most, sharedShingles(sets[i]!, sets[j]!) / Math.min(sets[i]!.length, sets[j]!.length));
    expect(most.toFixed(3)).toBe('0.574');
  });
});
