export * from './lib/indicators';
export * from './lib/targets';
export * from './lib/timeline';
export * from './lib/warnings';
export * from './lib/read-models';
