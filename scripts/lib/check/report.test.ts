import { describe, expect, test } from 'vitest';
import { pathErrorToAnnotation, problemToAnnotation } from './report.ts';

describe('problemToAnnotation', () => {
  test('escapes %, CR and LF in the message, and also : and , in the file and title', () => {
    const annotation = problemToAnnotation({
      file: 'content/articles/2024/05/a,b:c%.md',
      field: 'withdrawn.reason:x,y',
      severity: 'error',
      line: 3,
      column: 7,
      message: '第一行\r\n第二行：100% 相同, a:b',
    });
    expect(annotation).toBe(
      '::error file=content/articles/2024/05/a%2Cb%3Ac%25.md,line=3,col=7,title=withdrawn.reason%3Ax%2Cy::第一行%0D%0A第二行：100%25 相同, a:b',
    );
  });

  test('writes a warning without line and column when the problem has none', () => {
    expect(problemToAnnotation({ file: 'content/site.yaml', field: '-', severity: 'warning', message: '提示' })).toBe(
      '::warning file=content/site.yaml,title=-::提示',
    );
  });
});

describe('pathErrorToAnnotation', () => {
  test('names the path in the title, escaped', () => {
    expect(pathErrorToAnnotation({ path: 'a,b:c\n.md', message: '不存在\n' })).toBe('::error title=a%2Cb%3Ac%0A.md::不存在%0A');
  });
});
