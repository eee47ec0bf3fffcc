export { ACCESS_RULE, type AccessRule, Allow, CurrentCaller, Public, PUBLIC_ROUTE } from './lib/access';
export { AuthGuard, bearerToken, CallerThrottlerGuard, MISSING_TOKEN, TOKEN_VERIFIER, unauthorizedBody } from './lib/auth.guard';
export { AuthModule, type AuthModuleOptions } from './lib/auth.module';
export { Caller, type Visibility } from './lib/caller';
export {
  type Grant,
  grantCovers,
  parseGrant,
  type Principal,
  type ResourceScope,
  ROLE_KINDS,
  ROLE_LABELS,
  type RoleKind,
  SCOPED_KINDS,
} from './lib/grants';
export { createTokenVerifier, TokenError, type TokenVerifier, type TokenVerifierOptions } from './lib/token-verifier';
