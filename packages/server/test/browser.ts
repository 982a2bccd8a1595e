/**
 * Just enough of a browser for redirect flows across two servers on 127.0.0.1: `fetch` with
 * redirects left to the caller and one cookie jar (browsers keep cookies per host, not port).
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();

  /** GET a URL, sending every cookie in the jar and keeping the ones set. */
  get(url: string | URL): Promise<Response> {
    return this.request(url, { method: 'GET' });
  }

  /** POST a form, as a browser submits one. */
  post(url: string | URL, form: Record<string, string>): Promise<Response> {
    return this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }

  private async request(url: string | URL, init: RequestInit): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1).trim();
      const expired = attributes.some((a) => {
        const [key = '', v = ''] = a.trim().split('=');
        return (
          (key.toLowerCase() === 'max-age' && Number(v) <= 0) ||
          (key.toLowerCase() === 'expires' && Date.parse(v) <= Date.now())
        );
      });
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}

/** Where a redirect response points, resolved against the URL it answered. */
export function locationOf(response: Response): URL {
  const location = response.headers.get('location');
  if (!location) throw new Error(`expected a redirect, got ${response.status}`);
  return new URL(location, response.url);
}
