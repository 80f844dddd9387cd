import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import en from './messages/en.json';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const catalog = en as Record<string, string>;
const prefixes = new Set(Object.keys(catalog).map((id) => id.split('.')[0]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

const source = sourceFiles(webRoot).map((f) => readFileSync(f, 'utf8')).join('\n');
const literalIds = [...source.matchAll(/['"]([a-z][A-Za-z]*\.[A-Za-z.-]+)['"]/g)]
  .map((m) => m[1] as string)
  .filter((id) => prefixes.has(id.split('.')[0] as string) && !/\.(tsx?|css|json)$/.test(id));
// `role.${role}`-style ids become patterns: any catalog id matching them counts as used.
const templatePatterns = [...source.matchAll(/`([a-z][A-Za-z]*\.[^`]*\$\{[^`]*)`/g)].map(
  (m) => new RegExp(`^${(m[1] as string).replace(/\./g, '\\.').replace(/\$\{[^}]+\}/g, '[A-Za-z-]+')}$`),
);

describe('message catalog (en)', () => {
  it('has every id the web app uses', () => {
    const missing = [...new Set(literalIds)].filter((id) => !(id in catalog));
    expect(missing).toEqual([]);
  });

  it('uses every id it has', () => {
    const used = new Set(literalIds);
    const unused = Object.keys(catalog).filter((id) => !used.has(id) && !templatePatterns.some((p) => p.test(id)));
    expect(unused).toEqual([]);
  });

  it('holds valid ICU messages', () => {
    for (const [id, text] of Object.entries(catalog)) {
      expect(() => new IntlMessageFormat(text, 'en'), id).not.toThrow();
    }
  });
});
