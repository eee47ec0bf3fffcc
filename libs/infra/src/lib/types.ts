/** Where the two servers answer. The application cannot tell how they were provided. */
export interface InfraEndpoints {
  kafkaBrokers: string;
  mongoUri: string;
}

export type InfraKind = 'given' | 'docker' | 'local';

export interface RunningInfra extends InfraEndpoints {
  kind: InfraKind;
  /** Stops what this process started; servers it merely found are left running. */
  stop(): Promise<void>;
}
