// SPDX-License-Identifier: EUPL-1.2
import type { Hono } from 'hono';
import { testPassword } from './app.ts';

/**
 * A browser-like client for app.request(): keeps cookies, and fills the CSRF field from the page it
 * last read, the way a real form post would.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrf: string | undefined;
  private readonly app: Hono;
  /** What the Node server would give the app: the socket's address, when the test sets one. */
  private readonly env: object | undefined;
  constructor(app: Hono, options: { address?: string; headers?: Record<string, string> } = {}) {
    this.app = app;
    this.env = options.address ? { incoming: { socket: { remoteAddress: options.address } } } : undefined;
    this.headers = options.headers ?? {};
  }
  /** Headers sent with every request (e.g. X-Forwarded-For from a proxy in front). */
  private readonly headers: Record<string, string>;

  /** The CSRF token this browser would put in its next form (from the page it last read). */
  get csrfToken(): string | undefined {
    return this.csrf;
  }

  /** The cookie header this browser sends. */
  get cookie(): string {
    return this.cookieHeader();
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const response = await this.app.request(
      path,
      { headers: { ...this.headers, ...headers, cookie: this.cookieHeader() } },
      this.env,
    );
    this.remember(response);
    const html = response.headers.get('content-type')?.includes('text/html')
      ? await response.clone().text()
      : '';
    const token = html.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (token) this.csrf = token;
    return response;
  }

  /** Posts a form as a browser would, with this browser's CSRF token unless `csrf: false`. */
  async post(
    path: string,
    fields: Record<string, string | string[]>,
    options: { csrf?: boolean } = {},
  ): Promise<Response> {
    if (options.csrf !== false && !this.csrf) await this.get('/beheer/inloggen');
    const body = new URLSearchParams();
    if (options.csrf !== false) body.append('_csrf', this.csrf ?? '');
    for (const [name, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
    }
    const response = await this.app.request(
      path,
      {
        method: 'POST',
        body: body.toString(),
        headers: {
          ...this.headers,
          'content-type': 'application/x-www-form-urlencoded',
          cookie: this.cookieHeader(),
        },
      },
      this.env,
    );
    this.remember(response);
    return response;
  }

  /** Posts a multipart form (a file upload) as a browser would, with this browser's CSRF token. */
  async postMultipart(path: string, form: FormData): Promise<Response> {
    if (!this.csrf) await this.get('/beheer/inloggen');
    form.append('_csrf', this.csrf ?? '');
    const response = await this.app.request(
      path,
      { method: 'POST', body: form, headers: { ...this.headers, cookie: this.cookieHeader() } },
      this.env,
    );
    this.remember(response);
    return response;
  }

  async signIn(email: string, password = testPassword): Promise<Response> {
    await this.get('/beheer/inloggen');
    const response = await this.post('/beheer/inloggen', { email, password });
    // A browser follows the redirect, and so picks up the CSRF token that signing in renewed.
    const location = response.headers.get('location');
    if (response.status === 303 && location) await this.get(location);
    return response;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair!.split('=');
      if (/max-age=0/i.test(header)) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
  }
}
