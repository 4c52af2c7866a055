import { describe, expect, test } from 'vitest';
import { cleanPersonNames, findAuthorInText, readByline } from './bylines.ts';

describe('cleanPersonNames', () => {
  test('removes reporter titles and joins a spread-out two-character name', () => {
    expect(cleanPersonNames('本报记者 王乐文 方 敏')).toBe('王乐文 方敏');
    expect(cleanPersonNames('中青报·中青网记者 魏其濛')).toBe('魏其濛');
    expect(cleanPersonNames('张三 通讯员 李四')).toBe('张三 李四');
    expect(cleanPersonNames('新华社记者')).toBeUndefined();
    expect(cleanPersonNames('（记者 张三 李四）')).toBe('张三 李四');
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

describe('readByline in the forms Chinese news pages use', () => {
  test.each([
    ['本报记者 张三', '张三'],
    ['本报记者 张 三 李四', '张三 李四'],
    ['（记者 张三 李四）', '张三 李四'],
    ['(记者 张三、李四)', '张三、李四'],
    ['（文/图 张三 李四）', '张三 李四'],
    ['文/图 张三', '张三'],
    ['文丨张三', '张三'],
    ['文 | 张三 编辑 | 李四', '张三'],
    ['文丨张三 李四 图丨王五', '张三 李四'],
    ['撰文：张三', '张三'],
    ['■本报记者 张三', '张三'],
    ['◎文丨张三', '张三'],
    ['作者 张三', '张三'],
    ['文图：张三', '张三'],
    ['【记者 张三 李四】', '张三 李四'],
    ['新华社记者 张三 李四 摄影报道', '张三 李四'],
    ['记者 张三 通讯员 李四 报道', '张三 李四'],
    ['文章来源于示例日报', undefined],
    ['记者获悉，示例市今年新建学校12所。', undefined],
  ])('returns the names of %s', (line, expected) => {
    expect(readByline(line)).toBe(expected);
  });
});

describe('findAuthorInText in the forms Chinese news pages use', () => {
  test.each([
    ['本报讯 记者张三 通讯员李四 报道：近日，示例市……', '', '张三 李四'],
    ['（记者 张三 李四）近日，示例市……', '', '张三 李四'],
    ['本报记者张三报道：近日，示例市……', '', '张三'],
    ['记者了解到：示例市……', '', undefined],
    ['近日，示例市……', '……取得实效。（文/图 张三 李四）', '张三 李四'],
    ['近日，示例市……', '……取得实效。（记者 张 三）（完）', '张三'],
    ['近日，示例市……', '……取得实效。（本报记者 张三 李四）', '张三 李四'],
    ['近日，示例市……', '……取得实效（据新华社）。', undefined],
  ])('returns the names in %s … %s', (first, last, expected) => {
    expect(findAuthorInText(first, last)).toBe(expected);
  });
});
