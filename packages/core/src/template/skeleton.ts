import { stringify } from 'yaml';
import type { ContentSpec, SectionSpec, TemplateSpec } from './spec.js';

export interface SkeletonOptions {
  title: string;
  authors?: string[];
  /** Today as YYYY-MM-DD, for `created` and `updated`. */
  date: string;
}

/**
 * A new document for a template: front matter filled in, every section heading at its level,
 * and, where the author must write, something lint reports until it is replaced: bracketed
 * placeholders when the template reads `[…]` stand-ins, else the template's own guidance
 * (reported as template text left in), else a comment with the section's description over an
 * empty section (reported as empty). Fields are left empty, tables hold TBD cells.
 */
export function templateSkeleton(spec: TemplateSpec, options: SkeletonOptions): string {
  const frontMatter: Record<string, unknown> = {
    title: options.title,
    status: 'draft',
    authors: options.authors ?? [],
    reviewers: [],
    created: options.date,
    updated: options.date,
    tags: [],
  };
  if (spec.name !== 'tdd') frontMatter.template = spec.name;
  const out = [
    `---\n${stringify(frontMatter, { flowCollectionPadding: false }).trimEnd()}\n---`,
    '',
  ];
  if (spec.documentTitle) out.push(`${'#'.repeat(spec.documentTitle.level)} ${options.title}`, '');
  const brackets = (spec.placeholders ?? []).some((p) => p.id === 'bracket');
  for (const content of spec.preamble ?? [])
    out.push(...contentSkeleton(content, 'header', spec.preambleText ?? [], brackets), '');
  const walk = (sections: SectionSpec[]) => {
    for (const section of sections) {
      out.push(`${'#'.repeat(section.level)} ${section.title}`, '');
      // Prose and a list may both fall back on the same guidance: write it once.
      const written = new Set<string>();
      for (const content of section.content ?? []) {
        const lines = contentSkeleton(
          content,
          section.description ?? section.title,
          section.templateText ?? [],
          brackets,
        ).filter((line) => !written.has(line.replace(/^- /, '')));
        for (const line of lines) written.add(line.replace(/^- /, ''));
        if (lines.length > 0) out.push(...lines, '');
      }
      walk(section.sections ?? []);
    }
  };
  walk(spec.sections);
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function contentSkeleton(
  content: ContentSpec,
  hint: string,
  templateText: string[],
  brackets: boolean,
): string[] {
  const clean = hint.replace(/[[\]]/g, '').replace(/\.$/, '');
  const guidance = templateText.find((t) => !t.includes('\n'));
  // What lint will point at until the author writes here.
  const what = brackets ? `[${clean}]` : (guidance ?? `<!-- ${clean.replace(/--/g, '-')} -->`);
  switch (content.kind) {
    case 'prose':
      return [what];
    case 'list':
      return [what.startsWith('<!--') ? what : `- ${what}`];
    case 'table':
      return [
        `| ${content.columns.join(' | ')} |`,
        `| ${content.columns.map(() => '---').join(' | ')} |`,
        `| ${content.columns.map((c) => (brackets ? `[${c}]` : 'TBD')).join(' | ')} |`,
      ];
    case 'code': {
      const example = templateText.find((t) => t.includes('\n'));
      if (content.format === 'api-contract') {
        return [
          `\`\`\`${content.language ?? 'yaml'}`,
          example ??
            'GET /api/v1/[resource]\n  Input: [Request]\n  Output: [Response]\n  Status: 200',
          '```',
        ];
      }
      return brackets ? [`\`\`\`${content.language ?? ''}`, what, '```'] : [what];
    }
    case 'fields':
      if (content.labels === 'any' || !content.fields)
        return [brackets ? '- **[Name]**: [Purpose and key fields]' : '- **Name**:'];
      return content.fields.map((f) =>
        brackets ? `- **${f.label}**: [${f.description ?? f.label}]` : `- **${f.label}**:`,
      );
    case 'diagram': {
      if (!brackets) return [what];
      const example = templateText.find((t) => /^\[.*\]$/s.test(t));
      return ['```', example ?? `[Diagram: ${clean}]`, '```'];
    }
    case 'questions':
      if (!brackets) return [what];
      return content.statuses.length > 0
        ? [`- [Question] - Status: ${content.statuses[0]}`]
        : ['- [Question]'];
    case 'toc':
      return [];
    case 'checklist':
      return content.items.map((item) => `- [ ] ${item.label}`);
  }
}
