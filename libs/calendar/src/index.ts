export * from './lib/working-days';
