export * from './commands.dto';
export * from './project.dto';
export * from './query.dto';
