import { describe, expect, test } from 'vitest';
import { stripSiteSuffix } from './title.ts';

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
