/**
 * The correction file `baoku correct ID` writes: the article as parsed, ready for an editor to fix.
 */
import { writeYaml } from '../ingest/yaml.js';
import type { Article } from '../parse/types.js';

/** One `key: value` line of YAML (a list on one line), an empty value (null) for null. */
const field = (key: string, value: string | string[] | null): string =>
  value === null ? `${key}: ` : writeYaml({ [key]: value }, { flowLists: true }).trimEnd();

/** A correction file prefilled with the article's current fields and body as Markdown (the fields written by a YAML writer). */
export function correctionTemplate(a: Article): string {
  const body = a.paragraphs
    .map((p) => {
      if (a.subheads.includes(p)) return `## ${escapeMarkdown(p)}`;
      const head = a.runInHeads.find((h) => p.startsWith(h));
      return head ? `**${escapeMarkdown(head)}**${escapeMarkdown(p.slice(head.length))}` : escapeMarkdown(p);
    })
    .join('\n\n');
  return `---
# 更正 ${a.id}：改正下面的字段或正文后保存，然后运行 npm run build。删掉不需要改的行即可保留识别结果。
# Correct the fields or the body below, save, then run npm run build. Delete lines you do not change.
${field('headline', a.headline)}
${field('kicker', a.kicker)}
${field('subhead', a.subhead)}
${field('office', a.office)}
${field('reporters', a.reporters)}
${field('correspondents', a.correspondents)}
${field('signature', a.signature)}
---
${body}
`;
}

/** Escapes what Markdown would read as markup, so OCR text survives a round trip. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_{}[\]<>#|~])/g, '\\$1')
    .replace(/^(\d+)\./, '$1\\.')
    .replace(/^([+-])/, '\\$1');
}
