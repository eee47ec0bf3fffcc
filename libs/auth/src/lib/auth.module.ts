import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthGuard, CallerThrottlerGuard, TOKEN_VERIFIER } from './auth.guard';
import { createTokenVerifier, type TokenVerifierOptions } from './token-verifier';

export interface AuthModuleOptions extends TokenVerifierOptions {
  /** Requests per caller per minute. */
  rateLimitPerMinute: number;
}

/** Authentication and authorisation for every HTTP route of a service (guards are global, in this order). */
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      imports: [ThrottlerModule.forRoot({ throttlers: [{ name: 'per-caller', ttl: 60_000, limit: options.rateLimitPerMinute }] })],
      providers: [
        { provide: TOKEN_VERIFIER, useFactory: () => createTokenVerifier(options) },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: CallerThrottlerGuard },
      ],
      exports: [TOKEN_VERIFIER],
    };
  }
}
