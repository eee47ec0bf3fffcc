/**
 * The services of the platform: each owns one database and produces one topic.
 * Ports are the defaults for `npm start` and the compose file.
 */
export const SERVICE_NAMES = ['registry', 'investment-promotion', 'approval', 'issue-resolution', 'assessment', 'projection'] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

export interface ServiceDescriptor {
  readonly name: ServiceName;
  /** 中文名称 shown in the API docs and on the leadership views. */
  readonly label: string;
  readonly defaultPort: number;
  /** The topic this service's events are published to (before any TOPIC_PREFIX). */
  readonly topic: string | null;
}

export const SERVICES: Readonly<Record<ServiceName, ServiceDescriptor>> = {
  registry: { name: 'registry', label: '项目储备库', defaultPort: 3001, topic: 'registry.events' },
  'investment-promotion': {
    name: 'investment-promotion',
    label: '招商对接',
    defaultPort: 3002,
    topic: 'investment-promotion.events',
  },
  approval: { name: 'approval', label: '审批', defaultPort: 3003, topic: 'approval.events' },
  'issue-resolution': {
    name: 'issue-resolution',
    label: '问题解决',
    defaultPort: 3004,
    topic: 'issue-resolution.events',
  },
  assessment: { name: 'assessment', label: '考核', defaultPort: 3005, topic: 'assessment.events' },
  projection: { name: 'projection', label: '领导视图', defaultPort: 3006, topic: null },
};

export function isServiceName(value: string): value is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(value);
}
