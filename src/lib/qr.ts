import QRCode from 'qrcode';

/**
 * A QR code of `text` as an inline SVG string, made at build time: no image request and no
 * third-party script. The SVG carries `role="img"` and the given label for screen readers.
 */
export async function textToQrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    margin: 2,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.trim().replace('<svg ', `<svg role="img" aria-label="${escaped}" width="160" height="160" `);
}
