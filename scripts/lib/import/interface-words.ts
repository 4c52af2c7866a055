/**
 * Words of page furniture that sit beside 来源 and 作者 on article pages: buttons (举报, 打印,
 * 分享), font-size switches (字号 大 中 小), account-box counters (文章, 总阅读, 粉丝, 关注)
 * and bare labels. A value made only of them is not a source or an author.
 */
/** Button labels: cut off even when glued to the value (`新华社举报`), no name ends in them. */
const BUTTONS = [
  '违法和不良信息举报',
  '返回顶部',
  '返回首页',
  '关闭窗口',
  '打印本页',
  '打印本稿',
  '复制链接',
  '分享到',
  '分享至',
  '我要纠错',
  '我要评论',
  '我要打印',
  '已关注',
  '加关注',
  '举报',
  '打印',
  '分享',
  '关注',
  '收藏',
  '纠错',
  '点赞',
  '转发',
  '字号',
  '字体',
  '扫一扫',
  '二维码',
  '语音播报',
  '打开APP',
];
/** Other interface words: cut off only when set apart by a space or a bracket (新京报评论 is a name). */
const WORDS = [
  '责任编辑',
  '值班编辑',
  '总阅读',
  '阅读量',
  '浏览量',
  '浏览次数',
  '点击数',
  '阅读数',
  '手机看',
  '听新闻',
  '评论',
  '关闭',
  '返回',
  '默认',
  '放大',
  '缩小',
  '朗读',
  '订阅',
  '责编',
  '编辑',
  '来源',
  '作者',
  '文章',
  '粉丝',
  '获赞',
  '作品',
  '阅读',
  '微信',
  '微博',
  'QQ空间',
];

/** A font-size switch: `大 中 小`, `【大】【中】【小】`, `小中大`, `A+ A-`, `T|T`. */
const SIZES = '[大中小](?:[\\s\\]】]*[[【]?\\s*[大中小]){1,2}|A\\s*[+＋](?:\\s*A\\s*[-－])?|A\\s*[-－](?:\\s*A\\s*[+＋])?|T\\s*[|｜]\\s*T';
const piece = (words: string) => `[【\\[(（]?\\s*(?:${words})\\s*[:：]?\\s*[\\d.,万千]*\\s*[】\\])）]?[\\s|｜丨/]*$`;
/** One piece of furniture at the end of a value, with its brackets, counters and separators. */
const TRAILING_BUTTON = new RegExp(`[\\s|｜丨/]*${piece(`${BUTTONS.join('|')}|${SIZES}|[+＋]\\s*关注`)}`, 'u');
const TRAILING_WORD = new RegExp(`(?:[\\s|｜丨/]+|(?=[【\\[(（]))${piece(WORDS.join('|'))}`, 'u');
const ANYWHERE = new RegExp(`${BUTTONS.join('|')}|${WORDS.join('|')}|${SIZES}|[大中小]`, 'gu');

/** True when nothing but interface words, counters, brackets and separators remains: `举报 打印`, `字号：大 中 小`, `责任编辑`. */
export function isInterfaceOnly(value: string): boolean {
  const rest = value.replace(ANYWHERE, '').replace(/[\s\d.,:：;；|｜丨/\\、，。·•【】[\]()（）<>《》+＋-]/gu, '');
  return rest === '';
}

/** `新华社 举报` → `新华社`, `张三打印 分享` → `张三`: buttons glued on after a value are cut off, however many. */
export function stripInterfaceTail(value: string): string {
  let out = value.trim();
  for (;;) {
    const m = TRAILING_BUTTON.exec(out) ?? TRAILING_WORD.exec(out);
    if (!m || m[0] === '' || m.index === 0) return out;
    out = out.slice(0, m.index).trim();
  }
}

/** Account-box counters after the account's name: `示例观察 文章 128 总阅读 35万 关注`, `示例观察 128文章 35万总阅读`. */
const COUNTER = '(?:文章|作品|总阅读|阅读量|阅读|粉丝|获赞|发文|关注)';
const COUNT = '\\d[\\d.,]*\\s*[万千亿wW]?\\+?';
const ACCOUNT_BOX = new RegExp(`\\s*(?:${COUNTER}\\s*[:：]?\\s*\\d|${COUNT}\\s*${COUNTER})`, 'u');

/** The account name of a self-media account box, or the value unchanged when it is no such box. */
export function stripAccountBox(value: string): string {
  const m = ACCOUNT_BOX.exec(value);
  return m && m.index > 0 ? value.slice(0, m.index).trim() : value;
}

/**
 * A 来源 or 作者 value as it may be accepted: buttons and account-box counters cut off, and
 * `undefined` when nothing but interface words is left, so the field is reported as not found.
 */
export function acceptFieldValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const cut = stripInterfaceTail(stripAccountBox(value.replace(/[\s\u00a0\u3000]+/gu, ' ').trim()));
  return cut && !isInterfaceOnly(cut) ? cut : undefined;
}

/** The first candidate that survives {@link acceptFieldValue}. */
export function firstAccepted(candidates: readonly (string | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const value = acceptFieldValue(candidate);
    if (value !== undefined) return value;
  }
  return undefined;
}
