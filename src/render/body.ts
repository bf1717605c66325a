/**
 * Article bodies to HTML through unified: the one module that builds the processor. OCR text never goes
 * through a Markdown parser (a `*` or `#` in it would become markup); it is built into a syntax tree
 * as text nodes, and remark-rehype (without allowDangerousHtml) drops any raw HTML.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** The processor, frozen once: remark-parse for editors' Markdown, remark-rehype, rehype-stringify. */
export const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).freeze();

/** What a body is made of. */
export interface BodyInput {
  paragraphs: readonly string[];
  runInHeads: readonly string[];
  subheads: readonly string[];
}

/** Renders paragraphs to HTML: run-in heads bold, in-body subheads as headings. */
export function renderBody(body: BodyInput): string {
  const subheads = new Set(body.subheads);
  const runIns = [...body.runInHeads];
  const children: RootContent[] = body.paragraphs.map((text): Paragraph | Heading => {
    if (subheads.has(text)) return { type: 'heading', depth: 2, children: [{ type: 'text', value: text }] };
    const head = runIns[0];
    const content: PhrasingContent[] = [];
    if (head && text.startsWith(head)) {
      runIns.shift();
      content.push({ type: 'strong', children: [{ type: 'text', value: head }] });
      if (text.length > head.length) content.push({ type: 'text', value: text.slice(head.length) });
    } else content.push({ type: 'text', value: text });
    return { type: 'paragraph', children: content };
  });
  return renderTree({ type: 'root', children });
}

/** Renders Markdown written by an editor (corrections); raw HTML in it is dropped, not passed through. */
export function renderMarkdown(markdown: string): string {
  return renderTree(processor.parse(markdown));
}

function renderTree(tree: Root): string {
  const hast = processor.runSync(tree);
  return String(processor.stringify(hast as never));
}
