import { describe, expect, test } from 'vitest';
import { closestValues, suggestKey } from './key-hints.ts';

const KEYS = ['title', 'date', 'source', 'originalUrl', 'category', 'author', 'editor', 'tags'];

describe('suggestKey', () => {
  test('returns originalUrl for snake case and wrong capitals', () => {
    expect(suggestKey('original_url', KEYS)).toBe('originalUrl');
    expect(suggestKey('originalURL', KEYS)).toBe('originalUrl');
    expect(suggestKey('Original-Url', KEYS)).toBe('originalUrl');
  });
  test('returns the English key for Chinese labels, with or without a full-width colon', () => {
    expect(suggestKey('来源', KEYS)).toBe('source');
    expect(suggestKey('来源：', KEYS)).toBe('source');
    expect(suggestKey('责任编辑', KEYS)).toBe('editor');
    expect(suggestKey('原文链接', KEYS)).toBe('originalUrl');
  });
  test('returns the nearest key for a typo', () => {
    expect(suggestKey('autor', KEYS)).toBe('author');
    expect(suggestKey('catgory', KEYS)).toBe('category');
  });
  test('returns undefined when nothing is close', () => {
    expect(suggestKey('weather', KEYS)).toBeUndefined();
  });
});

describe('closestValues', () => {
  test('puts the column sharing characters first', () => {
    expect(closestValues('廉政', ['时政要闻', '廉政舆情', '法治建设'], 1)).toEqual(['廉政舆情']);
  });
});
