export { testEndpoints, testNamespace, type TestEndpoints, type TestNamespace } from './lib/endpoints';
export { createTopics, deleteTopicsWithPrefix, dropDatabase, testKafka, withAdmin, withMongo } from './lib/servers';
export { startTestService, type TestService } from './lib/service-app';
export { testKeys, testToken } from './lib/identity';
export { type RouteRow, routeRoleTable, TABLE_GRANTS, type TableGrant } from './lib/route-table';
export { type ExpectedEvent, httpSlice, type SliceStore } from './lib/http-slice';
export { type ServiceProcess, startServiceProcess } from './lib/service-process';
export { ownBroker } from './lib/own-broker';
export { apiContractSuite } from './lib/api-contract';
