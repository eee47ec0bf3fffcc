/**
 * Who is signed in. Locally (config auth.mode 'dev') a person picks one of the demo callers and
 * the web server signs a token with the dev key; in production ('oidc') the city's identity
 * provider signs them in (authorization code + PKCE, oidc-client-ts) and its access token is what
 * the services verify against its JWKS. The UI reads the token's grants only to decide what to
 * show: the services decide what is allowed.
 */
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { setToken } from '../api/client';
import { config } from '../api/config';

export interface Session {
  token: string;
  sub: string;
  name: string;
  /** e.g. ['locality:nanguan'], ['leadership'] */
  grants: string[];
  expiresAt: number;
}

const KEY = 'ccpc.session';

function decode(token: string): Session {
  const bytes = Uint8Array.from(atob(token.split('.')[1]?.replace(/-/g, '+').replace(/_/g, '/') ?? ''), (c) => c.charCodeAt(0));
  const payload = JSON.parse(new TextDecoder().decode(bytes)) as {
    sub: string;
    name?: string;
    roles?: string[];
    exp: number;
  };
  return { token, sub: payload.sub, name: payload.name ?? payload.sub, grants: payload.roles ?? [], expiresAt: payload.exp * 1000 };
}

let manager: UserManager | undefined;
function oidc(): UserManager {
  const auth = config().auth;
  if (auth.mode !== 'oidc') throw new Error('not an OpenID Connect sign-in');
  manager ??= new UserManager({
    authority: auth.authority,
    client_id: auth.clientId,
    redirect_uri: `${location.origin}/signin-callback`,
    post_logout_redirect_uri: location.origin,
    response_type: 'code',
    scope: auth.scope ?? 'openid profile',
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
  return manager;
}

interface SessionContext {
  session: Session | null;
  /** Dev sign-in as one of the demo callers. */
  signInAs(grant: string): Promise<void>;
  /** OpenID Connect: to the identity provider and back. */
  signInWithProvider(): Promise<void>;
  /** Back from the identity provider (the /signin-callback route). */
  completeProviderSignIn(): Promise<void>;
  signOut(): void;
  has(kind: string): boolean;
}

const Context = createContext<SessionContext | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => {
    const stored = sessionStorage.getItem(KEY);
    const s = stored ? decode(stored) : null;
    return s && s.expiresAt > Date.now() ? s : null;
  });
  useEffect(() => setToken(session?.token), [session]);
  setToken(session?.token);

  const adopt = useCallback((token: string) => {
    sessionStorage.setItem(KEY, token);
    const s = decode(token);
    setToken(token);
    setSession(s);
  }, []);

  const value = useMemo<SessionContext>(
    () => ({
      session,
      async signInAs(grant) {
        const response = await fetch('/dev/sign-in', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ grant }),
        });
        if (!response.ok) throw new Error(`dev sign-in: ${response.status}`);
        adopt(((await response.json()) as { token: string }).token);
      },
      async signInWithProvider() {
        await oidc().signinRedirect();
      },
      async completeProviderSignIn() {
        const user = await oidc().signinRedirectCallback();
        adopt(user.access_token);
      },
      signOut() {
        sessionStorage.removeItem(KEY);
        setToken(undefined);
        setSession(null);
        if (config().auth.mode === 'oidc') void oidc().signoutRedirect();
      },
      has(kind) {
        return (session?.grants ?? []).some((g) => g === kind || g.startsWith(`${kind}:`));
      },
    }),
    [session, adopt],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** The codes of the caller's scoped grants of one kind: ['nanguan'] for locality:nanguan. */
export const scopeCodes = (session: Session | null, kind: 'locality' | 'department') =>
  (session?.grants ?? []).filter((g) => g.startsWith(`${kind}:`)).map((g) => g.slice(kind.length + 1));
