/**
 * The local identity (dev key pair and tokens) for `npm start`, the CLIs and tests — a
 * separate entry point that services cannot import (lint): production verifies the city's IdP.
 */
export { DEV_AUDIENCE, DEV_ISSUER, type DevKeys, type DevTokenClaims, generateDevKeys, publicJwks, signDevToken } from './lib/dev-tokens';
