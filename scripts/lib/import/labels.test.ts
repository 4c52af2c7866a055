import { describe, expect, test } from 'vitest';
import { isLabelLine, readLabelledLine } from './labels.ts';

describe('readLabelledLine', () => {
  test.each([
    ['发布时间:2024-04-18 来源: 中共辽宁省委组织部 作者:佚名', { date: '2024-04-18', source: '中共辽宁省委组织部', author: '佚名' }],
    ['2024年05月10日06:58 | 来源：人民网－人民日报', { source: '人民网－人民日报' }],
    ['来源：光明网-《光明日报》2024-05-20 03:15', { source: '光明网-《光明日报》' }],
    ['本文来源于国家统计局　2024-05-11 09:36:26', { source: '国家统计局' }],
    ['新华网河北频道 ( 2012-06-04 09:20:26 )        稿件来源： 河北日报', { source: '河北日报' }],
    ['来源：巴彦淖尔日报    编辑：苏亮', { source: '巴彦淖尔日报', editor: '苏亮' }],
    ['【责任编辑:王頔】', { editor: '王頔' }],
    ['(责编：胡永秋、杨光宇)', { editor: '胡永秋、杨光宇' }],
    ['作者： 记者王敬照 \t编辑： 王华军', { author: '王敬照', editor: '王华军' }],
    [
      '原文链接:https://lndj.gov.cn/portaluploads/html/info/50012.html',
      { originalUrl: 'https://lndj.gov.cn/portaluploads/html/info/50012.html' },
    ],
    ['原标题：示例省政府工作报告', { originalTitle: '示例省政府工作报告' }],
    ['来源：\u3000作者：', {}],
    ['2024-05-10 10:00 来源 示例日报', { source: '示例日报' }],
    ['来源 示例日报', {}],
    ['发布机构：青禾市应急管理局　发布日期：2024-03-11', { source: '青禾市应急管理局', date: '2024-03-11' }],
    ['记者：张三 通讯员：李四', { author: '张三 李四' }],
  ])('returns the fields of %s', (line, fields) => {
    expect(readLabelledLine(line)).toEqual(fields);
  });
});

describe('isLabelLine', () => {
  test('returns true for label furniture and false for article text', () => {
    expect(isLabelLine('责任编辑：')).toBe(true);
    expect(isLabelLine('来源：示例日报 作者：张三')).toBe(true);
    expect(isLabelLine('示例县今年新建乡村道路一百二十公里。')).toBe(false);
    expect(isLabelLine('新学校将于九月投入使用。（来源：示例日报）')).toBe(false);
  });
});
