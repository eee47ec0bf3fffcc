/**
 * Serves the web app locally (npm start, the browser tests): the built files of dist/apps/web,
 * /config.json naming the services and the sign-in mode, the single-page fallback — and, with
 * `devSignIn`, the dev sign-in: the demo callers, and a token signed with the dev key for the one
 * a person picks. Production serves the same files from the web container (deploy/docker/web),
 * whose /config.json comes from its environment and whose sign-in is OpenID Connect.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import { devToken, SIGN_IN_CALLERS } from './dev-identity';
import { workspaceRoot } from './workspace';

export interface WebServerOptions {
  port: number;
  /** Base URL of each service as the browser reaches it. */
  services: Record<string, string>;
  /** Local only: offer the demo callers and sign their tokens with the dev key. */
  devSignIn: boolean;
  /** OpenID Connect instead of the dev sign-in. */
  oidc?: { authority: string; clientId: string; scope?: string };
  distDir?: string;
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const dist = options.distDir ?? join(workspaceRoot(), 'dist/apps/web');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no web app built in ${dist}: run \`npx nx run web:build\``);
  const app = express();
  app.disable('x-powered-by');
  app.get('/config.json', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({
      services: options.services,
      auth: options.oidc ? { mode: 'oidc', ...options.oidc } : { mode: 'dev' },
    });
  });
  if (options.devSignIn) {
    app.get('/dev/callers', (_req, res) => {
      res.json(SIGN_IN_CALLERS.map((c) => ({ grant: c.grant, name: c.name, group: c.group })));
    });
    app.post('/dev/sign-in', express.json({ limit: '1kb' }), async (req, res) => {
      const caller = SIGN_IN_CALLERS.find((c) => c.grant === (req.body as { grant?: string })?.grant);
      if (!caller) {
        res
          .status(400)
          .json({ statusCode: 400, rule: 'grant.unknown', field: 'grant', message: '没有这个演示身份（见 GET /dev/callers）' });
        return;
      }
      res.json({ token: await devToken([caller.grant], { sub: caller.sub, name: caller.name }) });
    });
  }
  // Hashed assets for a year; index.html always fresh, so a deployment is picked up at once.
  app.use('/assets', express.static(join(dist, 'assets'), { immutable: true, maxAge: '365d' }));
  app.use(express.static(dist, { index: false }));
  app.get(/.*/, (_req, res) => {
    res.set('Cache-Control', 'no-cache').sendFile(join(dist, 'index.html'));
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(options.port, '0.0.0.0', () => resolve(s)).on('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://localhost:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
