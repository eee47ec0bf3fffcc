export * from './lib/project.commands';
export * from './lib/project.decider';
