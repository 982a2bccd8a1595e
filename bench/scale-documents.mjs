// Distinct, realistic documents for the scale bench (scale.mjs), made on demand from the
// generated tdd corpus and the Rust RFCs: document i is always the same Markdown (seeded PRNG).
//
// What varies, so that search terms and list filters have realistic selectivity:
//  - template: 60% tdd (sections mixed from several corpus documents by heading), 30% rfc (an
//    RFC's body with a section from another RFC), 10% adr (sections of paragraphs from both);
//  - size: log-uniform, 2–40 KB (tdd and rfc), 2–8 KB (adr);
//  - a project codename (one of 500, skewed: the common ones in a few % of documents) in the
//    title and the body, and a unique-ish code word (one of 40,000: two or three documents each);
//  - status, 1–4 tags of 200 and 1–3 authors of 2,000 (both skewed), workspace (12, skewed).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DIR, makeRng } from './lib.mjs';

export const RFC_DIR = path.resolve(BENCH_DIR, '../../shared/corpora/rust-rfcs');
export const TDD_DIR = path.join(BENCH_DIR, 'corpus/tdd');

const STATUSES = [
  ['approved', 0.4],
  ['draft', 0.28],
  ['in-review', 0.16],
  ['superseded', 0.07],
  ['deprecated', 0.05],
  ['rejected', 0.04],
];
export const WORKSPACES = [
  'payments',
  'platform',
  'search',
  'identity',
  'data',
  'mobile',
  'growth',
  'infra',
  'security',
  'billing',
  'support',
  'research',
];
const SYLLABLES =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu'.split(
    ' ',
  );
const FIRST =
  'Ada Alan Anita Bastian Chen Dana Elif Emeka Farah Grace Hiro Ines Jonas Kavya Lena Mateo Noor Olu Priya Quinn Rosa Sven Tomás Uma Vera Wei Xavier Yara Zoe Amara Bruno Carmen Dmitri Esther Felix Greta Hassan Ivan Jun Kofi'.split(
    ' ',
  );
const LAST =
  'Okafor Raman Krüger Lindqvist Tanaka Moreau Silva Novak Haddad Kowalski Mensah Ibarra Petrov Nakamura Osei Fischer Duarte Byrne Varga Chowdhury Ahmed Rossi Jensen Costa Park Müller Nguyen Eriksen Baptiste Adeyemi Laurent Horvath Castillo Yilmaz Sato Brennan Kaur Schmidt Ortega Dubois Walsh Hughes Martins Ferreira Kim Lopez'.split(
    ' ',
  );
const TOPICS =
  'Ledger Gateway Scheduler Cache Index Pipeline Queue Router Registry Vault Catalogue Feed Ingest Checkout Inventory Session Quota Audit Billing Notification Export Import Search Sync Replica Shard Webhook Token Consent Pricing'.split(
    ' ',
  );
const ACTIONS =
  'Redesign Migration Rollout Sharding Consolidation Cutover Hardening Rewrite Deprecation Extraction Backfill Replatforming Versioning Partitioning Caching Throttling Failover Retirement'.split(
    ' ',
  );
const TAG_WORDS =
  'api auth backend batch billing cache checkout compliance cost data database deploy dx events frontend gdpr infra ingest kafka latency ledger migration ml mobile monitoring network observability onboarding payments performance postgres privacy queue rate-limit redis reliability reporting retention search security sharding sla storage streaming sync testing tracing ui'.split(
    ' ',
  );

/** Skewed pick: index 0 most often, the tail rarely (density ∝ x^-2/3 over the list). */
const skewed = (r, list) => list[Math.floor(list.length * r.next() ** 3)];
const weighted = (r, pairs) => {
  let x = r.next();
  for (const [value, weight] of pairs) {
    x -= weight;
    if (x < 0) return value;
  }
  return pairs[0][0];
};
const logUniform = (r, lo, hi) => Math.round(lo * (hi / lo) ** r.next());
const capitalise = (w) => w[0].toUpperCase() + w.slice(1);

function word(r, syllables) {
  let w = '';
  for (let i = 0; i < syllables; i++) w += r.pick(SYLLABLES);
  return w;
}

/** Split a Markdown body into its `## ` sections: [{heading, text}] (text without the heading line). */
function sections(markdown) {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^# .*\n/m, '');
  const out = [];
  let current = { heading: null, text: '' };
  for (const line of body.split('\n')) {
    if (line.startsWith('## ')) {
      out.push(current);
      current = { heading: line.slice(3).trim(), text: '' };
    } else current.text += `${line}\n`;
  }
  out.push(current);
  return out.filter((s) => s.heading !== null || s.text.trim() !== '');
}

const paragraphsOf = (text) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 80 && /^[A-Za-z]/.test(p));

/** Read the two corpora once: tdd sections by heading, RFC bodies, and a pool of prose paragraphs. */
export function loadMaterial() {
  const tdd = readdirSync(TDD_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => sections(readFileSync(path.join(TDD_DIR, f), 'utf8')));
  const rfcs = readdirSync(RFC_DIR)
    .filter((f) => f.endsWith('.md') && f !== '0000-template.md')
    .sort()
    .map((f) => sections(readFileSync(path.join(RFC_DIR, f), 'utf8')));
  const byHeading = new Map();
  for (const doc of tdd)
    for (const s of doc)
      if (s.heading) byHeading.set(s.heading, [...(byHeading.get(s.heading) ?? []), s.text]);
  const prose = [...tdd, ...rfcs].flatMap((doc) => doc.flatMap((s) => paragraphsOf(s.text)));
  const codeWordRng = makeRng(7);
  const codeWords = new Set();
  while (codeWords.size < 40_000) codeWords.add(word(codeWordRng, 4));
  const projects = new Set();
  while (projects.size < 500) projects.add(capitalise(word(codeWordRng, 3)));
  const authors = new Set();
  while (authors.size < 2000)
    authors.add(
      `${codeWordRng.pick(FIRST)} ${codeWordRng.pick(LAST)}${authors.size >= 1500 ? `-${capitalise(word(codeWordRng, 2))}` : ''}`,
    );
  const tags = [...TAG_WORDS];
  for (const w of TAG_WORDS)
    for (const suffix of ['v2', 'core', 'edge']) tags.push(`${w}-${suffix}`);
  return {
    tdd,
    rfcs,
    byHeading,
    prose,
    codeWords: [...codeWords],
    projects: [...projects],
    authors: [...authors],
    tags: tags.slice(0, 200),
  };
}

/** Keep sections whole until the body reaches `bytes`, then cut the last one at a paragraph. */
function fill(parts, bytes) {
  let out = '';
  for (const { heading, text } of parts) {
    const block = heading ? `## ${heading}\n${text}` : text;
    if (out.length + block.length <= bytes || out.length === 0) out += block;
    else {
      const room = bytes - out.length;
      const cut = block.lastIndexOf('\n\n', room);
      if (cut > 0) out += `${block.slice(0, cut)}\n\n`;
      if (heading) continue;
    }
  }
  return out;
}

/**
 * Document `i` of the scale corpus: `{markdown, template, workspace, project, codeWord}`.
 * The project codename and code word are returned so the bench can pick search terms of known
 * selectivity.
 */
export function scaleDocument(m, i, seed = 20240611) {
  const r = makeRng((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
  const template = weighted(r, [
    ['tdd', 0.6],
    ['rfc', 0.3],
    ['adr', 0.1],
  ]);
  const project = skewed(r, m.projects);
  const codeWord = m.codeWords[(i * 7919) % m.codeWords.length];
  const title = `${project} ${r.pick(TOPICS)} ${r.pick(ACTIONS)}${r.chance(0.3) ? ` ${capitalise(codeWord)}` : ''}`;
  const status = weighted(r, STATUSES);
  const tags = [...new Set(Array.from({ length: r.int(1, 4) }, () => skewed(r, m.tags)))];
  const authors = [...new Set(Array.from({ length: r.int(1, 3) }, () => skewed(r, m.authors)))];
  const workspace = skewed(r, WORKSPACES);
  const intro = `The ${project} team owns this work; internal code word ${codeWord}. ${r.pick(m.prose)}\n\n`;
  let body;
  if (template === 'tdd') {
    const base = r.pick(m.tdd);
    const mixed = base.map((s) =>
      s.heading && r.chance(0.5) ? { ...s, text: r.pick(m.byHeading.get(s.heading)) } : s,
    );
    body = fill(mixed, logUniform(r, 2000, 40_000));
  } else if (template === 'rfc') {
    const base = r.pick(m.rfcs);
    const other = r.pick(m.rfcs).filter((s) => s.heading);
    const extra = other.length ? [r.pick(other)] : [];
    body = fill([...base, ...extra], logUniform(r, 2000, 40_000));
  } else {
    const para = (n) => Array.from({ length: n }, () => r.pick(m.prose)).join('\n\n');
    body = [
      `## Context and Problem Statement\n\n${para(r.int(1, 3))}\n`,
      `## Decision Drivers\n\n${Array.from({ length: r.int(2, 5) }, () => `- ${r.pick(m.prose).split('. ')[0]}.`).join('\n')}\n`,
      `## Considered Options\n\n- ${project} ${r.pick(TOPICS)}\n- ${r.pick(TOPICS)} as a service\n- Keep the current design\n`,
      `## Decision Outcome\n\nChosen option: "${project} ${r.pick(TOPICS)}", because ${r.pick(m.prose)}\n\n### Consequences\n\n${para(r.int(1, 2))}\n`,
    ].join('\n');
    body = fill(sections(body), logUniform(r, 2000, 8000));
  }
  const front = [
    '---',
    `title: ${title}`,
    `status: ${status}`,
    `template: ${template}`,
    'authors:',
    ...authors.map((a) => `  - ${a}`),
    `tags: [${tags.join(', ')}]`,
    '---',
    `# ${title}`,
    '',
    '',
  ].join('\n');
  return { markdown: `${front}${intro}${body}`, template, workspace, project, codeWord };
}

/** Write documents 0 to `count` − 1 into a new folder `dir`, as `doc-00000.md` and on. */
export function writeScaleDocuments(dir, count) {
  mkdirSync(dir);
  const material = loadMaterial();
  for (let i = 0; i < count; i++)
    writeFileSync(
      path.join(dir, `doc-${String(i).padStart(5, '0')}.md`),
      scaleDocument(material, i).markdown,
    );
}
