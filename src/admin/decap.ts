/** The little of Decap CMS's global API the desk uses (the bundle is served as a plain script). */

/** Decap's entries are Immutable.js maps. */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}

export interface PreviewProps {
  entry: ImmutableMap;
  widgetFor(name: string): unknown;
}

export type CreateElement = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

export interface DecapCms {
  init(options?: { config?: Record<string, unknown> }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: { fromFile(text: string): Record<string, unknown>; toFile(data: Record<string, unknown>, order?: string[]): string },
  ): void;
  registerEventListener(listener: { name: 'preSave'; handler(event: { entry: ImmutableMap }): ImmutableMap }): void;
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(collection: string, component: (props: PreviewProps) => unknown): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    /** React's createElement, as Decap exposes it for preview templates. */
    h?: CreateElement;
  }
}

/** Loads the CMS bundle from our own `dist/` and returns its API. */
export function loadDecap(src: string): Promise<DecapCms> {
  window.CMS_MANUAL_INIT = true;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => (window.CMS ? resolve(window.CMS) : reject(new Error(`${src} did not define window.CMS`)));
    script.onerror = () => reject(new Error(`编辑台程序加载失败：${src}`));
    document.head.append(script);
  });
}
