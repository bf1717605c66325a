/**
 * The correction file `baoku correct ID` writes: the article as parsed, ready for an editor to fix.
 */
import type { Article } from '../parse/types.js';

const yamlString = (s: string | null): string => (s === null ? '' : JSON.stringify(s));

/** A correction file prefilled with the article's current fields and body as Markdown. */
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
headline: ${yamlString(a.headline)}
kicker: ${yamlString(a.kicker)}
subhead: ${yamlString(a.subhead)}
office: ${yamlString(a.office)}
reporters: [${a.reporters.map((r) => JSON.stringify(r)).join(', ')}]
correspondents: [${a.correspondents.map((r) => JSON.stringify(r)).join(', ')}]
signature: ${yamlString(a.signature)}
---
${body}
`;
}

/** Escapes what Markdown would read as markup, so OCR text survives a round trip. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|~])/g, '\\$1').replace(/^(\d+)\./, '$1\\.').replace(/^([+-])/, '\\$1');
}
