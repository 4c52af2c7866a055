import { describe, expect, test } from 'vitest';
import { stripSiteSuffix, trailingSectionSplits } from './title.ts';

describe('stripSiteSuffix', () => {
  test.each([
    ['我国首届养老专业本科生迎来毕业季_新闻频道_中国青年网', '我国首届养老专业本科生迎来毕业季'],
    [
      '在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）--经济·科技--人民网',
      '在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）',
    ],
    ['17种产品、1个园区入选国家绿色制造名单 - 要闻云南 - 云南日报网', '17种产品、1个园区入选国家绿色制造名单'],
    ['播下“文明种” 盛开“幸福花”——鞍山市争创全国文明城市纪实', '播下“文明种” 盛开“幸福花”——鞍山市争创全国文明城市纪实'],
    ['2023-2024学年校历发布', '2023-2024学年校历发布'],
    ['示例政府网 - 国务院常务会议研究部署春耕工作', '示例政府网 - 国务院常务会议研究部署春耕工作'],
  ])('returns %s without the site name', (title, stripped) => {
    expect(stripSiteSuffix(title)).toBe(stripped);
  });
});

describe('trailingSectionSplits', () => {
  test.each([
    ['关于开展检查的通知_政策文件_示例省发展和改革委员会', ['关于开展检查的通知', '关于开展检查的通知_政策文件']],
    ['示例港开通东南亚航线_2024年专题_示例网', ['示例港开通东南亚航线', '示例港开通东南亚航线_2024年专题']],
    ['关于开展检查的通知 青禾市应急管理局', ['关于开展检查的通知']],
    ['李强在示例省调研时强调 彰显特色优势 提高开放水平', []],
    ['凝聚高质量发展的强大力量——写在示例市政协会议开幕之际', []],
    ['凝聚高质量发展的强大力量——示例市人民政府', ['凝聚高质量发展的强大力量']],
    ['2023-2024学年校历发布', []],
  ])('returns the headlines %s may end in', (title, heads) => {
    expect(trailingSectionSplits(title)).toEqual(heads);
  });
});
