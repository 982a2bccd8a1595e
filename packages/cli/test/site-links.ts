import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Parser } from 'htmlparser2';

/** One page of a built site as a link checker sees it: what it links to and its anchors. */
interface PageLinks {
  ids: Set<string>;
  urls: { attribute: string; url: string }[];
}

function readPage(file: string): PageLinks {
  const page: PageLinks = { ids: new Set(), urls: [] };
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id) page.ids.add(attributes.id);
      if (name === 'a' && attributes.name) page.ids.add(attributes.name);
      for (const attribute of ['href', 'src']) {
        const url = attributes[attribute];
        if (url !== undefined) page.urls.push({ attribute: `${name} ${attribute}`, url });
      }
      // The search box names the scripts it loads: the engine and the index's manifests.
      for (const data of ['data-engine', 'data-index'])
        for (const url of attributes[data]?.split(' ') ?? [])
          page.urls.push({ attribute: `${name} ${data}`, url });
    },
  });
  parser.end(readFileSync(file, 'utf8'));
  return page;
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Every internal link of a built site that does not resolve: a relative URL whose file is
 * missing, or whose `#fragment` names no element of the target page. External URLs are not
 * followed. The 404 page (absolute links by design) is checked against `basePath`.
 */
export function brokenLinks(siteDir: string, basePath = '/'): string[] {
  const pages = new Map<string, PageLinks>();
  const pageOf = (file: string) => {
    let page = pages.get(file);
    if (!page) {
      page = readPage(file);
      pages.set(file, page);
    }
    return page;
  };
  const broken: string[] = [];
  for (const file of htmlFiles(siteDir)) {
    for (const { attribute, url } of pageOf(file).urls) {
      if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url)) continue;
      const [pathPart = '', fragment] = url.split('#');
      const path = decodeURIComponent(pathPart.split('?')[0] ?? '');
      let target: string;
      if (path === '') target = file;
      else if (path.startsWith('/')) {
        if (path.startsWith('/__designdoc/')) continue;
        target = join(siteDir, path.slice(basePath.length));
      } else target = resolve(dirname(file), path);
      const where = `${relative(siteDir, file)}: ${attribute}="${url}"`;
      if (!existsSync(target) || statSync(target).isDirectory()) {
        broken.push(`${where} (no file ${relative(siteDir, target)})`);
        continue;
      }
      if (
        fragment &&
        target.endsWith('.html') &&
        !pageOf(target).ids.has(decodeURIComponent(fragment))
      )
        broken.push(`${where} (no #${fragment} in ${relative(siteDir, target)})`);
    }
  }
  return broken;
}
