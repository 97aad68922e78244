// Reads a comment the way GitHub shows it: cmark-gfm and GitHub's HTML allowlist (the report's
// own renderGithubHtml), parsed into a tree the tests can search.
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { renderGithubHtml } from '../../src/report/render/html.js';

export function githubTree(markdown: string): Root {
  return fromHtml(renderGithubHtml(markdown), { fragment: true });
}

/** Every element below `node` named `tag` (or every one), in document order. */
export function elements(node: Root | Element, tag?: string): Element[] {
  const found: Element[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'element') {
      if (!tag || n.tagName === tag) found.push(n);
    }
    if ('children' in n) for (const c of n.children) walk(c);
  };
  for (const c of node.children) walk(c);
  return found;
}

/** The text of a node, as a reader sees it (entities decoded). */
export function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * Text GitHub would turn into a link after rendering: mentions (`@user`, `@org/team`) and issue
 * references (`#12`, `GH-12`), which its filters find in text outside code, pre and links
 * (github/html-pipeline's MentionFilter and IssueReferenceFilter).
 */
export function githubReferences(node: Root | Element): string[] {
  const found: string[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'text') {
      for (const m of n.value.matchAll(/(?:^|[^\w`])(@[a-z0-9][a-z0-9-]*|#\d+|GH-\d+)/gi)) found.push(m[1]!);
    } else if (n.type === 'element' && ['code', 'pre', 'a'].includes(n.tagName)) {
      return;
    } else if ('children' in n) {
      for (const c of n.children) walk(c);
    }
  };
  walk(node);
  return found;
}
