import { describe, expect, test } from 'vitest';
import { cleanPersonNames, findAuthorInText, isLabelLine, readByline, readLabelledLine } from './labels.ts';

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
  ])('returns the fields of %s', (line, fields) => {
    expect(readLabelledLine(line)).toEqual(fields);
  });
});

describe('cleanPersonNames', () => {
  test('removes reporter titles and joins a spread-out two-character name', () => {
    expect(cleanPersonNames('本报记者 王乐文 方 敏')).toBe('王乐文 方敏');
    expect(cleanPersonNames('中青报·中青网记者 魏其濛')).toBe('魏其濛');
    expect(cleanPersonNames('张三 通讯员 李四')).toBe('张三 李四');
    expect(cleanPersonNames('新华社记者')).toBeUndefined();
  });
});

describe('findAuthorInText', () => {
  test('returns the names in a dateline or a closing （记者 X）, never a date', () => {
    expect(findAuthorInText('新华社乌鲁木齐5月9日电（记者邹伟）中共中央政治局常委……', '')).toBe('邹伟');
    expect(findAuthorInText('新华社北京5月19日电（刘艺、杨吉）中国科学院专家……', '')).toBe('刘艺、杨吉');
    expect(findAuthorInText('近年来，我省……', '推动云南工业高质量发展。（记者 胡晓蓉）')).toBe('胡晓蓉');
    expect(findAuthorInText('新华社上海11月30日电 中共中央总书记……', '……参加座谈。')).toBeUndefined();
    expect(findAuthorInText('中新网5月9日电(据央视新闻报道)近日……', '')).toBeUndefined();
    expect(findAuthorInText('本报讯（记者 张三 通讯员 李四）近日……', '')).toBe('张三 李四');
  });
});

describe('readByline', () => {
  test('returns a byline on its own line and ignores sentences', () => {
    expect(readByline('半月谈记者 史卫燕')).toBe('史卫燕');
    expect(readByline('中青报·中青网记者 魏其濛 来源：中国青年报')).toBe('魏其濛');
    expect(readByline('记者从示例市获悉，该市今年新建学校12所。')).toBeUndefined();
  });
});

describe('isLabelLine', () => {
  test('returns true for label furniture and false for article text', () => {
    expect(isLabelLine('责任编辑：')).toBe(true);
    expect(isLabelLine('来源：示例日报 作者：张三')).toBe(true);
    expect(isLabelLine('示例县今年新建乡村道路一百二十公里。')).toBe(false);
  });
});
