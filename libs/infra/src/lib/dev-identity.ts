import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGrant } from '@ccpc/auth';
import { DEPARTMENTS, LOCALITIES } from '@ccpc/contracts';
import { type DevKeys, generateDevKeys, signDevToken } from '@ccpc/auth/dev';
import { cacheDir } from './workspace';

export interface DevIdentity {
  keys: DevKeys;
  publicKeyFile: string;
}

/** The local identity's key pair, generated on first use under .cache/dev/auth (never committed). */
export async function ensureDevKeys(): Promise<DevIdentity> {
  const dir = join(cacheDir(), 'dev', 'auth');
  const privateKeyFile = join(dir, 'private.pem');
  const publicKeyFile = join(dir, 'public.pem');
  if (!existsSync(privateKeyFile) || !existsSync(publicKeyFile)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const keys = await generateDevKeys();
    writeFileSync(privateKeyFile, keys.privateKeyPem, { mode: 0o600 });
    writeFileSync(publicKeyFile, keys.publicKeyPem);
    chmodSync(privateKeyFile, 0o600);
  }
  return {
    keys: { privateKeyPem: readFileSync(privateKeyFile, 'utf8'), publicKeyPem: readFileSync(publicKeyFile, 'utf8') },
    publicKeyFile,
  };
}

/** Demo callers `npm start` prints a token for, one per kind of user. */
export const DEMO_CALLERS: ReadonlyArray<{ sub: string; name: string; grant: string }> = [
  { sub: 'officer-nanguan', name: '南关区项目专员', grant: 'locality:nanguan' },
  { sub: 'officer-fgw', name: '市发改委项目处', grant: 'department:fgw' },
  { sub: 'officer-ghj', name: '市规划局审批科', grant: 'department:ghj' },
  { sub: 'pmo-duty', name: '市大项目办值班员', grant: 'project-office' },
  { sub: 'leadership-staff', name: '市长办公室', grant: 'leadership' },
  { sub: 'stats-officer', name: '市统计局投资处', grant: 'statistics' },
  { sub: 'platform-admin', name: '平台管理员', grant: 'admin' },
];

/** A demo caller on the sign-in page, in its group. */
export interface SignInCaller {
  sub: string;
  name: string;
  grant: string;
  group: '县（市）区、开发区' | '市直部门' | '市级';
}

/**
 * Everyone the local sign-in offers: each 县（市）区 and 开发区's project officer, each city
 * department's officer, the project office, the leadership's staff, the statistics bureau and
 * the platform's administrator. The demo callers above keep their names.
 */
export const SIGN_IN_CALLERS: readonly SignInCaller[] = [
  ...LOCALITIES.map((l) => ({
    sub: `officer-${l.code}`,
    name: `${l.name}项目专员`,
    grant: `locality:${l.code}`,
    group: '县（市）区、开发区' as const,
  })),
  ...DEPARTMENTS.map((d) => {
    const known = DEMO_CALLERS.find((c) => c.grant === `department:${d.code}`);
    return {
      sub: known?.sub ?? `officer-${d.code}`,
      name: known?.name ?? `${d.name}项目处`,
      grant: `department:${d.code}`,
      group: '市直部门' as const,
    };
  }),
  ...DEMO_CALLERS.filter((c) => !/^(locality|department):/.test(c.grant)).map((c) => ({ ...c, group: '市级' as const })),
];

export async function devToken(grants: string[], options: { sub?: string; name?: string; hours?: number } = {}): Promise<string> {
  const bad = grants.filter((g) => !parseGrant(g));
  if (bad.length > 0)
    throw new Error(
      `unknown role ${bad.join(', ')}: use locality:<code>, department:<code>, project-office, leader:<id>, secretary:<id>, leadership, statistics or admin`,
    );
  const { keys } = await ensureDevKeys();
  return signDevToken(keys, {
    sub: options.sub ?? `dev-${grants.join('+')}`,
    name: options.name,
    roles: grants,
    expiresInSeconds: Math.round((options.hours ?? 12) * 3600),
  });
}
