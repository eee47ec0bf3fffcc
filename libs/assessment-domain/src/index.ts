export * from './lib/fixed-asset-investment.decider';
