/*
 * The README runner's reading side (CONTRIBUTING.md): which files hold runnable examples, their ```bash
 * and ```graphql blocks, the annotations before them, and their relative links.
 *
 * Annotation convention — an HTML comment on the line(s) right before a block's opening fence
 * (invisible on GitHub; a blank line in between is allowed):
 *
 *   <!-- readme-test: skip (reason) -->          the block is not run. Use sparingly: `npm install`,
 *                                                `npm start`, whole test suites, benchmarks at scale.
 *   <!-- readme-test: errors (reason) -->        the block runs, but its answers may carry GraphQL
 *                                                errors the text explains (a stale version → CONFLICT).
 *                                                INTERNAL_SERVER_ERROR and validation errors never pass.
 *   <!-- readme-test: token --role MEMBER -->    graphql blocks: the token to send, in `npm run token`
 *                                                flags. `--member` / `--org` default to a demo member
 *                                                and its union. Without it: FEDERATION_ADMIN 44 with
 *                                                pii:read.
 *
 * Fences without a language (```) and other languages are layout, listings or output: not run.
 */
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../..');

export interface Annotation {
  skip?: string;
  errors?: string;
  token?: string[];
}

export interface ReadmeBlock {
  /** Repository-relative path of the markdown file. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: 'bash' | 'graphql';
  text: string;
  annotation: Annotation;
}

/**
 * README.md, CONTRIBUTING.md, gateway/README.md, every subgraphs/<name>/README.md and every docs/*.md
 * the README links to. README_TEST_DRAFTS=1 adds docs/*.draft.md, to try drafts before they are merged.
 */
export function readmeFiles(env: NodeJS.ProcessEnv = process.env): string[] {
  const files = ['README.md', 'CONTRIBUTING.md', 'gateway/README.md'];
  for (const name of fs.readdirSync(path.join(REPO_ROOT, 'subgraphs')).sort()) {
    const readme = `subgraphs/${name}/README.md`;
    if (fs.existsSync(path.join(REPO_ROOT, readme))) files.push(readme);
  }
  for (const link of relativeLinksOf('README.md')) {
    const target = link.target.split('#')[0]!;
    if (/^docs\/[^/]+\.md$/.test(target) && !files.includes(target)) files.push(target);
  }
  if (env.README_TEST_DRAFTS === '1')
    for (const name of fs.readdirSync(path.join(REPO_ROOT, 'docs')).sort())
      if (name.endsWith('.draft.md')) files.push(`docs/${name}`);
  return files;
}

const FENCE = /^(\s*)```\s*([A-Za-z0-9_-]*)\s*$/;
const ANNOTATION = /^<!--\s*readme-test:\s*(skip|errors|token)\b\s*(.*?)\s*-->$/;

export function blocksOf(file: string): ReadmeBlock[] {
  const lines = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const [, indent, lang] = open;
    let end = i + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end]!)) end++;
    if (lang === 'bash' || lang === 'graphql') {
      const text = lines
        .slice(i + 1, end)
        .map((l) => (l.startsWith(indent!) ? l.slice(indent!.length) : l))
        .join('\n');
      blocks.push({ file, line: i + 1, lang, text, annotation: annotationBefore(lines, i, file) });
    }
    i = end;
  }
  return blocks;
}

function annotationBefore(lines: string[], fence: number, file: string): Annotation {
  const annotation: Annotation = {};
  let j = fence - 1;
  if (j >= 0 && lines[j]!.trim() === '') j--;
  for (; j >= 0; j--) {
    const line = lines[j]!.trim();
    if (!line.startsWith('<!--')) break;
    const match = ANNOTATION.exec(line);
    if (!match) {
      if (/readme-test/.test(line)) throw new Error(`${file}:${j + 1}: unreadable readme-test annotation`);
      break;
    }
    const [, kind, rest] = match;
    if (kind === 'token') annotation.token = rest!.split(/\s+/).filter(Boolean);
    else {
      const reason = /^\((.+)\)$/.exec(rest!)?.[1];
      if (!reason) throw new Error(`${file}:${j + 1}: readme-test: ${kind} needs a (reason)`);
      annotation[kind as 'skip' | 'errors'] = reason;
    }
  }
  return annotation;
}

/** Markdown links to repository files: `[text](path)` with no scheme. */
export function relativeLinksOf(file: string): { target: string; line: number }[] {
  const links: { target: string; line: number }[] = [];
  const lines = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n');
  let fenced = false;
  lines.forEach((text, index) => {
    if (/^\s*```/.test(text)) fenced = !fenced;
    if (fenced) return;
    for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = match[1]!;
      if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
      links.push({
        target: path.posix.normalize(path.posix.join(path.posix.dirname(file), target)),
        line: index + 1,
      });
    }
  });
  return links;
}
