import type { IntlShape } from 'react-intl';

/** A byte count in the reader's language ("12 kB", "3.4 MB"). */
export function formatBytes(intl: IntlShape, bytes: number): string {
  if (bytes >= 1024 * 1024) return intl.formatNumber(bytes / (1024 * 1024), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  if (bytes >= 1024) return intl.formatNumber(bytes / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
  return intl.formatNumber(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' });
}

/** The kinds of file the server accepts, by the type it sniffed from the bytes. */
const kinds: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'document',
  'application/vnd.oasis.opendocument.text': 'document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'spreadsheet',
  'application/vnd.oasis.opendocument.spreadsheet': 'spreadsheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'presentation',
  'application/vnd.oasis.opendocument.presentation': 'presentation',
  'application/zip': 'zip',
  'text/plain': 'text',
  'text/markdown': 'text',
  'text/csv': 'table',
};

/** "PDF", "Image", "Spreadsheet"… in words; an unknown type as it is. */
export function formatFileType(intl: IntlShape, contentType: string): string {
  const kind = kinds[contentType];
  return kind ? intl.formatMessage({ id: `files.kind.${kind}` }) : contentType;
}
