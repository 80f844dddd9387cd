import { compile } from 'html-to-text';
import sanitizeHtml from 'sanitize-html';

/**
 * The rich text a message may hold: paragraphs, line breaks, bold, italics, links, lists,
 * code and quotes. Nothing else survives: no scripts, styles, images, frames, forms, event
 * handlers or classes; links only to http(s) and mailto, opened without handing the page
 * over (noopener) and without vouching for them (nofollow).
 */
const policy: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'code', 'pre', 'blockquote'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Editors and pasted text say the same things with other tags.
  transformTags: {
    b: 'strong',
    i: 'em',
    div: 'p',
    ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, 'p'])),
    // A link to anywhere else keeps its words and loses its href (the scheme check).
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener nofollow' }),
  },
};

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Plain text as HTML: blank lines part paragraphs, single line breaks stay breaks. */
function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

// Compiled once: building the converter costs far more than running it.
const toText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true, linkBrackets: ['(', ')'] } },
    { selector: 'ul', options: { itemPrefix: '• ' } },
    { selector: 'pre', format: 'pre' },
  ],
});

/** The same message as plain text, for emails, previews and search. */
export function htmlToPlainText(html: string): string {
  return toText(html).trim();
}

export interface CleanMessage {
  html: string;
  text: string;
}

/** Sanitises a message body given as HTML (the editor's) or as plain text; empty text means nothing was left to say. */
export function cleanMessage(body: string, format: 'html' | 'text'): CleanMessage {
  const html = sanitizeHtml(format === 'text' ? textToHtml(body) : body, policy).trim();
  return { html, text: htmlToPlainText(html) };
}
