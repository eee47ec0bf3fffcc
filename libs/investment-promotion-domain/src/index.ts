export * from './lib/credit-code';
export * from './lib/lead';
export * from './lib/courtship';
export * from './lib/activity';
export * from './lib/bulletin';
