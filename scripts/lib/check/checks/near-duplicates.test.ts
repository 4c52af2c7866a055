import { describe, expect, test } from 'vitest';
import { findNearDuplicates, hammingDistance, simHash } from './near-duplicates.ts';

const article =
  '青禾市把清廉机关建设作为全面从严治党的重要抓手，坚持教育、制度、监督一体推进，推动机关作风持续向好。全市梳理机关权力运行风险点326个，逐项明确防控措施，建立月提醒、季督查、年考核工作机制。';
const other =
  '远洋科考船深蓝一号六月十八日完成首次深海样品采集，目前船上设备运行稳定，此次科考共采集沉积物样品三十六份，相关数据将在后续报道中公布，科研人员表示将继续开展观测。';

describe('simHash', () => {
  test('returns close hashes for a reprint that differs in punctuation and markup', () => {
    const a = simHash(article);
    const b = simHash(`## ${article.replace(/，/gu, ',').replace('。', '。\n\n')}`);
    expect(a && b && hammingDistance(a, b)).toBeLessThanOrEqual(3);
  });

  test('returns distant hashes for different articles and undefined for short bodies', () => {
    const a = simHash(article);
    const b = simHash(other);
    expect(a && b && hammingDistance(a, b)).toBeGreaterThan(10);
    expect(simHash('短文。')).toBeUndefined();
  });
});

describe('findNearDuplicates', () => {
  test('reports the later copy with the earlier file named', () => {
    const problems = findNearDuplicates([
      { file: 'a.md', line: 8, body: article },
      { file: 'b.md', line: 8, body: other },
      { file: 'c.md', line: 9, body: `${article}\n` },
    ]);
    expect(problems.map((p) => [p.file, p.field, p.line, p.severity])).toEqual([['c.md', 'body', 9, 'warning']]);
    expect(problems[0]?.message).toBe(
      '正文与 a.md 几乎相同。The body is a near-duplicate of a.md: the same article reprinted twice? Delete one, or keep both if they really differ.',
    );
  });
});
