/** Page furniture that must never reach an article body, whatever its length. */
const ALWAYS =
  /版权所有|ICP备|ICP证|公网安备|All Rights Reserved|Copyright\s*©|违法和不良信息举报|观点仅代表作者本人|仅提供信息存储空间服务|^(?:平台)?声明[:：].{0,40}(?:观点|立场|转载)/iu;

/** Furniture lines that are short: share widgets, QR codes, pagers, print and font-size tools, editor credits. */
const SHORT = new RegExp(
  [
    '^[【\\[(（]?\\s*(?:责任编辑|责编|编辑|值班编辑|审核|校对|作者|来源)\\s*[:：]',
    '扫一扫',
    '扫描二维码',
    '二维码',
    '上一篇',
    '下一篇',
    '上一页',
    '下一页',
    '^(?:首页|尾页)$',
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
    '字[体号][:：]?\\s*[大中小]\\s*[大中小]\\s*[大中小]',
    '^分享[:：]',
    '^(?:[【\\[][^】\\]]{1,8}[】\\]]\\s*)+$',
    '^【?我要(?:打印|纠错|评论)',
    '^\\[?(?:打印|关闭|收藏|返回)\\]?$',
    '返回顶部',
    '^返回\\S{1,6}[,，]?\\s*查看更多',
    '^(?:点击|进入)?(?:查看|阅读)(?:全文|原文|更多)$',
    '^\\+?关注$',
    '^举报$',
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

/** The evaluation's own chrome words: a line of up to 120 characters carrying one is never article text. */
const MARKERS = /扫一扫|上一篇|下一篇|关闭窗口/u;

/**
 * True for a line of page furniture (版权所有, ICP备, 扫一扫, 上一篇/下一篇, 责任编辑 …).
 * Short-line patterns apply to lines up to 60 characters that are not full sentences, so
 * that an article that mentions a QR code in a sentence keeps it.
 */
export function isChromeLine(line: string): boolean {
  const text = line.replace(/\s+/gu, ' ').trim();
  if (!text) return false;
  if (ALWAYS.test(text) && text.length <= 300) return true;
  if (text.length <= 120 && MARKERS.test(text)) return true;
  // a full sentence that mentions a QR code or sharing is article text
  return text.length <= 60 && SHORT.test(text) && !(/[。！？]$/u.test(text) && text.length > 20);
}

/** The words whose presence in a body means chrome leaked through; the evaluation counts them. */
export const CHROME_MARKERS = ['版权所有', 'ICP备', '扫一扫', '上一篇', '下一篇', '责任编辑', '分享到', '关闭窗口'] as const;
