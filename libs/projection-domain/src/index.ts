export * from './lib/city-statistics';
export * from './lib/evaluate';
export * from './lib/indicators';
export * from './lib/targets';
export * from './lib/timeline';
export * from './lib/warnings';
export * from './lib/read-models';
export * from './lib/year-view';
