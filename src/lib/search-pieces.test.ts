import { describe, expect, test } from 'vitest';
import { closestWindow, shortestCover, termToAtoms, termToCut, termToWords } from './search-pieces.ts';
import { groupsToIndex } from './search-synonyms.ts';

describe('termToAtoms', () => {
  test('keeps Latin and digit runs whole, with 万 or 亿 as their unit', () => {
    expect(termToAtoms('pm2.5空气')).toEqual(['pm2.5', '空', '气']);
    expect(termToAtoms('5g基站')).toEqual(['5g', '基', '站']);
    expect(termToAtoms('99.3万网格员')).toEqual(['99.3万', '网', '格', '员']);
  });
  test('keeps the year and serial of a document number whole', () => {
    expect(termToAtoms('示政明电〔2022〕11号')).toEqual(['示', '政', '明', '电', '〔2022〕11号']);
  });
});

describe('termToWords', () => {
  test('joins the single characters the segmenter returns for words it does not know', () => {
    expect(termToWords('辽宁营商环境')).toEqual(['辽宁', '营商', '环境']);
    expect(termToWords('工信部')).toEqual(['工信部']);
  });
  test('joins a lone character to the word after it, or at the end to the word before', () => {
    expect(termToWords('杭州亚运会志愿者')).toEqual(['杭州', '亚运会', '志愿者']);
    expect(termToWords('国务院常务会议稳就业')).toEqual(['国务院', '常务', '会议', '稳就业']);
  });
  test('never splits a Latin or number run', () => {
    expect(termToWords('pm2.5空气质量')).toEqual(['pm2.5', '空气', '质量']);
    expect(termToWords('99.3万网格员')).toEqual(['99.3万', '网格员']);
  });
});

describe('termToCut', () => {
  const text = '辽宁省近日印发措施。措施提出，全省将持续优化营商环境，压减审批时限。';
  test('returns the whole term as one piece when it occurs literally', () => {
    expect(termToCut('营商环境', '', text)).toEqual({ pieces: ['营商环境'], found: [['营商环境']] });
  });
  test('cuts a compound query into the fewest pieces that occur apart', () => {
    expect(termToCut('辽宁营商环境', '', text)).toEqual({ pieces: ['辽宁', '营商环境'], found: [['辽宁'], ['营商环境']] });
  });
  test('finds pieces in the title or the text, in any order', () => {
    expect(termToCut('王建国乡村医生', '扎根山区三十年的乡村医生', '在石门乡卫生院，王建国已经工作了三十年。')?.pieces).toEqual([
      '王建国',
      '乡村医生',
    ]);
  });
  test('returns undefined when a piece occurs nowhere (the parts are in different articles)', () => {
    expect(termToCut('杭州垃圾分类', '', '杭州共招募赛会志愿者三万余名。')).toBeUndefined();
  });
  test('never makes a piece of a lone character, a digit or a function word', () => {
    expect(termToCut('辽宁省会', '', '辽宁省召开会议')).toBeUndefined();
    expect(termToCut('版权所有', '', '围绕版权保护开展宣传，提醒所有企业')).toBeUndefined();
    expect(termToCut('示政明电〔2022〕2号', '', '示政明电〔2022〕1号……12号')).toBeUndefined();
  });
  test('lets a one-character term match itself', () => {
    expect(termToCut('河', '', '巡河')?.pieces).toEqual(['河']);
  });
  test('matches a piece by any form of the synonym register, and says which form', () => {
    const synonyms = groupsToIndex([
      ['工信部', '工业和信息化部'],
      ['两会', '全国人民代表大会 全国政协会议'],
    ]);
    expect(termToCut('工信部数字化', '', '工业和信息化部推进数字化转型', synonyms)).toEqual({
      pieces: ['工信部', '数字化'],
      found: [['工业和信息化部'], ['数字化']],
    });
    expect(termToCut('两会', '', '全国人民代表大会期间……全国政协会议', synonyms)?.found).toEqual([['全国人民代表大会', '全国政协会议']]);
    expect(termToCut('两会', '', '全国人民代表大会期间', synonyms)).toBeUndefined();
  });
  test('prefers the cut at the words a reader would see among equally short cuts', () => {
    expect(termToCut('深圳垃圾分类', '', '深圳市垃圾分类')?.pieces).toEqual(['深圳', '垃圾分类']);
  });
});

describe('closestWindow', () => {
  test('returns the shortest stretch holding every group', () => {
    const text = '辽宁甲甲甲甲甲营商环境乙辽宁营商环境';
    expect(closestWindow(text, [['辽宁'], ['营商环境']])).toEqual([12, 18]);
  });
  test('returns undefined when a group is missing', () => {
    expect(closestWindow('辽宁', [['辽宁'], ['营商环境']])).toBeUndefined();
  });
});

describe('shortestCover', () => {
  test('covers overlapping and unsorted hits', () => {
    const hits = [
      { at: 30, end: 32, group: 1 },
      { at: 0, end: 2, group: 0 },
      { at: 28, end: 30, group: 0 },
    ];
    expect(shortestCover(hits, 2)).toEqual([28, 32]);
  });
});
