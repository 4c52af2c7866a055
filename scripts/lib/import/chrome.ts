/** Page furniture that must never reach an article body, whatever its length. */
const ALWAYS = /版权所有|ICP备|ICP证|公网安备|All Rights Reserved|Copyright\s*©|违法和不良信息举报/iu;

/** Furniture lines that are short: share widgets, QR codes, pagers, print and font-size tools, editor credits. */
const SHORT = new RegExp(
  [
    '^[【\\[(（]?\\s*(?:责任编辑|责编|编辑|值班编辑|审核|校对|作者|来源)\\s*[:：]',
    '扫一扫',
    '扫描二维码',
    '二维码',
    '上一篇',
    '下一篇',
    '阅读下一篇',
    '分享到',
    '分享让更多人看到',
    '【纠错】',
    '打印本页',
    '打印本稿',
    '【打印】',
    '关闭窗口',
    '【关闭】',
    '^字号',
    '字体[:：]?\\s*小\\s*中\\s*大',
    '返回顶部',
    '调查问题加载中',
    '若长时间无响应',
    '阅读剩余全文',
    '点击右上角',
    '关注公众号',
    '^Play Video$',
    '^/?\\d{1,2}:\\d{2}$',
    '^Loading\\.\\.\\.$',
    '^相关(?:新闻|阅读|链接|文章)',
    '^关键[字词]\\s*[:：]',
    '^标签\\s*[:：]',
    '^(?:热门|推荐)(?:推荐|阅读|文章)',
  ].join('|'),
  'u',
);

/**
 * True for a line of page furniture (版权所有, ICP备, 扫一扫, 上一篇/下一篇, 责任编辑 …).
 * Short-line patterns apply to lines up to 60 characters, so that an article that mentions
 * a QR code in a sentence keeps it.
 */
export function isChromeLine(line: string): boolean {
  const text = line.replace(/\s+/gu, ' ').trim();
  if (!text) return false;
  if (ALWAYS.test(text) && text.length <= 300) return true;
  return text.length <= 60 && SHORT.test(text);
}

/** The words whose presence in a body means chrome leaked through; the evaluation counts them. */
export const CHROME_MARKERS = ['版权所有', 'ICP备', '扫一扫', '上一篇', '下一篇', '责任编辑', '分享到', '关闭窗口'] as const;
