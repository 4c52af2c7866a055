import { describe, expect, test } from 'vitest';
import { yamlScalar } from './yaml-scalar.ts';

describe('yamlScalar', () => {
  test('returns Chinese text and URLs plain', () => {
    expect(yamlScalar('播下“文明种” 盛开“幸福花”——鞍山市')).toBe('播下“文明种” 盛开“幸福花”——鞍山市');
    expect(yamlScalar('https://lndj.gov.cn/a/50012.html')).toBe('https://lndj.gov.cn/a/50012.html');
  });

  test('quotes text YAML would read as something else', () => {
    expect(yamlScalar('2024-04-18 09:30')).toBe('2024-04-18 09:30');
    expect(yamlScalar('标题: 副标题')).toBe('"标题: 副标题"');
    expect(yamlScalar('[通知]')).toBe('"[通知]"');
    expect(yamlScalar('"引号"开头')).toBe('"\\"引号\\"开头"');
    expect(yamlScalar('1234')).toBe('"1234"');
  });
});
