/** Chinese labels editors copy from original pages, mapped to frontmatter keys. */
const CHINESE_KEYS: Readonly<Record<string, string>> = {
  标题: 'title',
  题目: 'title',
  日期: 'date',
  发布时间: 'date',
  发布日期: 'date',
  时间: 'date',
  来源: 'source',
  稿源: 'source',
  出处: 'source',
  作者: 'author',
  记者: 'author',
  原文链接: 'originalUrl',
  原文地址: 'originalUrl',
  链接: 'originalUrl',
  网址: 'originalUrl',
  栏目: 'category',
  分类: 'category',
  频道: 'category',
  原标题: 'originalTitle',
  责任编辑: 'editor',
  编辑: 'editor',
  责编: 'editor',
  本站发布时间: 'published',
  标签: 'tags',
  关键词: 'tags',
  摘要: 'summary',
  导语: 'summary',
  删节: 'abridged',
  草稿: 'draft',
  撤稿: 'withdrawn',
  删除: 'withdrawn',
};

function fold(key: string): string {
  return key
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-:：]/g, '');
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * The known key an editor most likely meant: `original_url`, `originalURL` → `originalUrl`,
 * `来源` or `来源：` → `source`, `autor` → `author`. Undefined when nothing is close.
 */
export function suggestKey(unknown: string, known: readonly string[]): string | undefined {
  const folded = fold(unknown);
  const chinese = CHINESE_KEYS[folded] ?? CHINESE_KEYS[unknown.trim()];
  if (chinese && known.includes(chinese)) return chinese;
  const exact = known.find((k) => fold(k) === folded);
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(folded, fold(k));
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(folded.length / 4)) ? best : undefined;
}

/** Up to `limit` known values closest to `value`, for "did you mean" lists. */
export function closestValues(value: string, known: readonly string[], limit = 3): string[] {
  const folded = fold(value);
  return [...known]
    .map((k) => {
      const fk = fold(k);
      const shared = [...new Set(folded)].filter((ch) => fk.includes(ch)).length;
      return { k, score: editDistance(folded, fk) - shared };
    })
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((x) => x.k);
}
