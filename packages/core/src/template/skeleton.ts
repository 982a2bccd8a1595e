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
 * and bracketed placeholders (which `unfilled-placeholder` reports until they are replaced)
 * where the author must write. The template's own examples are used where it has them.
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
  for (const content of spec.preamble ?? [])
    out.push(...contentSkeleton(content, 'header', []), '');
  const walk = (sections: SectionSpec[]) => {
    for (const section of sections) {
      out.push(`${'#'.repeat(section.level)} ${section.title}`, '');
      for (const content of section.content ?? [])
        out.push(
          ...contentSkeleton(
            content,
            section.description ?? section.title,
            section.templateText ?? [],
          ),
          '',
        );
      walk(section.sections ?? []);
    }
  };
  walk(spec.sections);
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function contentSkeleton(content: ContentSpec, hint: string, templateText: string[]): string[] {
  const what = `[${hint.replace(/[[\]]/g, '').replace(/\.$/, '')}]`;
  switch (content.kind) {
    case 'prose':
      return [what];
    case 'list':
      return [`- ${what}`];
    case 'table':
      return [
        `| ${content.columns.join(' | ')} |`,
        `| ${content.columns.map(() => '---').join(' | ')} |`,
        `| ${content.columns.map((c) => `[${c}]`).join(' | ')} |`,
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
      return [`\`\`\`${content.language ?? ''}`, what, '```'];
    }
    case 'fields':
      if (content.labels === 'any' || !content.fields)
        return ['- **[Name]**: [Purpose and key fields]'];
      return content.fields.map((f) => `- **${f.label}**: [${f.description ?? f.label}]`);
    case 'diagram': {
      const example = templateText.find((t) => /^\[.*\]$/s.test(t));
      return [
        '```',
        example ?? `[Diagram: ${hint.replace(/[[\]]/g, '').replace(/\.$/, '')}]`,
        '```',
      ];
    }
    case 'questions':
      return [`- [Question] - Status: ${content.statuses[0] ?? 'Open'}`];
  }
}
