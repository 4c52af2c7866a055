import { describe, expect, test } from 'vitest';
import { formToParts, groupsToIndex, termToVariants } from './search-synonyms.ts';

describe('formToParts', () => {
  test('splits on spaces and makes each part matchable', () => {
    expect(formToParts('全国人民代表大会　全国政协会议')).toEqual(['全国人民代表大会', '全国政协会议']);
    expect(formToParts('ＧＤＰ')).toEqual(['gdp']);
  });
});

describe('groupsToIndex', () => {
  test('maps each one-part form to every form of its group, both ways', () => {
    const index = groupsToIndex([
      ['工信部', '工业和信息化部'],
      ['两会', '全国人民代表大会 全国政协会议'],
    ]);
    expect(index.get('工信部')).toEqual([['工信部'], ['工业和信息化部']]);
    expect(index.get('工业和信息化部')).toEqual([['工业和信息化部'], ['工信部']]);
    expect(index.get('两会')).toEqual([['两会'], ['全国人民代表大会', '全国政协会议']]);
    expect(index.has('全国人民代表大会')).toBe(false);
  });
  test('merges the groups a form stands in (a register group and a source alias)', () => {
    const index = groupsToIndex([
      ['新华社', '新华网'],
      ['新华社', '新华通讯社'],
    ]);
    expect(index.get('新华社')).toEqual([['新华社'], ['新华网'], ['新华通讯社']]);
  });
});

describe('termToVariants', () => {
  const index = groupsToIndex([
    ['国常会', '国务院常务会议'],
    ['两会', '全国人民代表大会 全国政协会议'],
    ['稳就业', '稳定就业'],
  ]);
  test('replaces a register form inside the term by each other form', () => {
    expect(termToVariants('国常会稳就业', index)).toEqual(['国务院常务会议稳就业', '国常会稳定就业']);
  });
  test('writes a form of several parts as separate words', () => {
    expect(termToVariants('两会', index)).toEqual(['全国人民代表大会 全国政协会议']);
  });
  test('returns nothing for a term without register forms, and at most `max`', () => {
    expect(termToVariants('营商环境', index)).toEqual([]);
    expect(termToVariants('国常会稳就业', index, 1)).toEqual(['国务院常务会议稳就业']);
  });
});
