import type { Element, ElementContent, Root } from 'hast';
import { classAndId, hasTag, textOf } from './hast-helpers.ts';

const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'video',
  'audio',
  'object',
  'embed',
  'svg',
  'canvas',
  'nav',
  'link',
  'meta',
]);
/** Widgets that sit inside article containers on Chinese CMS templates. */
const WIDGET =
  /share|qrcode|qr-code|erweima|ewm|bdshare|jiathis|bshare|print|fontsize|font-size|zihao|toolbar|tools|related|xgxw|recommend|comment|pinglun|pager|prev|next|editor|zrbj|bianji|copyright|footer|video-?player|vjs|survey|diaocha|advert|(?:^|[\s_-])ad(?:$|[\s_-])/iu;

function hidden(el: Element): boolean {
  const style = el.properties['style'];
  return typeof style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(style);
}

function prune(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'comment') continue;
    if (child.type === 'element') {
      if (DROP_TAGS.has(child.tagName) || hidden(child)) continue;
      // a widget class on a small element; a container with article-sized text is kept whatever its name
      if (WIDGET.test(classAndId(child).replace(/trs_editor/giu, '')) && !hasTag(child, 'img') && textOf(child).length < 200) continue;
      out.push({ ...child, children: prune(child.children) });
    } else out.push(child);
  }
  return out;
}

/** A copy of the content root without scripts, styles, comments, hidden parts and widgets (share, QR code, print, pager, 责任编辑 boxes). */
export function cleanContentRoot(root: Element): Root {
  return { type: 'root', children: prune(root.children) };
}
