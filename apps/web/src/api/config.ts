/**
 * Where the services are and how people sign in: /config.json, written by whoever serves the app
 * (npm start's web server, the web container from its environment). Read once at start.
 */
export type ServiceKey = 'registry' | 'projection' | 'approval' | 'investment-promotion' | 'issue-resolution' | 'assessment';

export interface WebConfig {
  /** Base URL of each service's API, as the browser reaches it. */
  services: Partial<Record<ServiceKey, string>>;
  auth:
    | { mode: 'dev' }
    | {
        mode: 'oidc';
        /** The city's identity provider (its discovery document at /.well-known/openid-configuration). */
        authority: string;
        clientId: string;
        scope?: string;
      };
  /** The platform's title on the sign-in page and the header. */
  title?: string;
}

let loaded: WebConfig | undefined;

export async function loadConfig(): Promise<WebConfig> {
  if (loaded) return loaded;
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/config.json: ${response.status}`);
  loaded = (await response.json()) as WebConfig;
  return loaded;
}

export function config(): WebConfig {
  if (!loaded) throw new Error('config not loaded yet');
  return loaded;
}
