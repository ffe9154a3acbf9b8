import { CorroborateError } from '../../domain/errors.js';

export type ResourceKind = 'article' | 'feed' | 'robots';

export interface ContentType {
  /** "text/html", lower case, without parameters */
  mime: string;
  charset: string | null;
}

/** `text/html; charset="ISO-8859-1"` to { mime: "text/html", charset: "iso-8859-1" }. */
export function parseContentType(header: string | undefined): ContentType | null {
  if (!header) return null;
  const [type, ...params] = header.split(';');
  const mime = type!.trim().toLowerCase();
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(mime)) return null;
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p);
    if (m) charset = m[1]!.toLowerCase();
  }
  return { mime, charset };
}

export const ACCEPT: Record<ResourceKind, string> = {
  article: 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5',
  feed: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1',
  robots: 'text/plain, */*;q=0.1',
};

const isXml = (m: string) => m === 'application/xml' || m === 'text/xml' || m.endsWith('+xml');
const isJson = (m: string) => m === 'application/json' || m.endsWith('+json');
const isHtml = (m: string) => m === 'text/html' || m === 'application/xhtml+xml';

/** What a binary type is, for the message: "an image (image/png)"; null for text-like types. */
function binaryKind(mime: string): string | null {
  const [top] = mime.split('/');
  if (top === 'image') return 'an image';
  if (top === 'audio') return 'audio';
  if (top === 'video') return 'a video';
  if (top === 'font') return 'a font';
  if (mime === 'application/pdf') return 'a PDF document';
  if (/zip|gzip|x-tar|x-7z|x-rar|compressed/.test(mime)) return 'an archive';
  if (/msword|officedocument|ms-excel|ms-powerpoint|opendocument/.test(mime)) return 'an office document';
  if (mime === 'application/octet-stream') return 'binary data';
  if (/wasm|x-executable|x-msdownload|x-sharedlib|java-archive/.test(mime)) return 'a program';
  return null;
}

/**
 * Refuses a response whose declared type cannot be what we asked for. HTML is let through for
 * feeds so the feed reader can say "this is a web page, not a feed" (and point at its feed link).
 */
export function checkContentType(kind: ResourceKind, type: ContentType | null, url: string): void {
  if (!type || kind === 'robots') return;
  const { mime } = type;
  const ok =
    kind === 'article'
      ? isHtml(mime) || mime === 'text/plain'
      : isXml(mime) ||
        isJson(mime) ||
        isHtml(mime) ||
        mime === 'text/plain' ||
        mime === 'application/octet-stream';
  if (ok) return;
  const binary = binaryKind(mime);
  const wanted = kind === 'article' ? 'a web page or text' : 'a feed (RSS, Atom or JSON Feed)';
  if (binary)
    throw new CorroborateError(
      'input_binary',
      `${url} is not ${wanted}: the server says it is ${binary} (${mime})`,
    );
  throw new CorroborateError('fetch_refused', `${url} is not ${wanted}: the server says it is ${mime}`);
}
