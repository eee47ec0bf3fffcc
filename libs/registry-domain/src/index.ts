export * from './lib/project.decider';
