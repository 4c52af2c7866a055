/** Whether Astro resolves (optimises) remote images: its image settings allow some hosts. */
export function resolvesRemoteImages(image: { domains?: readonly unknown[]; remotePatterns?: readonly unknown[] } | undefined): boolean {
  return (image?.domains ?? []).length > 0 || (image?.remotePatterns ?? []).length > 0;
}

/** An image written `![…](https://…)`: Astro leaves it alone unless `image.domains` or `image.remotePatterns` allow its host. */
const REMOTE_IMAGE = /^!\[[^\]\n]*\]\(https?:\/\/[^\s()<>]+(?:\s+"[^"\n]*")?\)/;

/**
 * True when a Markdown body may hold an image that Astro resolves, which only its content layer
 * can render (it registers the image's import): a local image, an image reference, or a remote
 * one when `remoteImagesResolved` (the image config allows some hosts). Errs towards true: any
 * `![` that does not open a plain `![alt](https://…)` counts, in code or not.
 */
export function bodyNeedsContentLayer(body: string, remoteImagesResolved: boolean): boolean {
  for (let at = body.indexOf('!['); at !== -1; at = body.indexOf('![', at + 2)) {
    if (remoteImagesResolved || !REMOTE_IMAGE.test(body.slice(at, at + 4096))) return true;
  }
  return false;
}
