import { actorLabel } from './actors';
import { namesOf } from './reference';

const names = namesOf({
  stages: [],
  localities: [{ code: 'nanguan', name: '南关区' }],
  departments: [{ code: 'ghj', name: '市规划局' }],
} as never);

describe('who recorded a fact, as the history shows it', () => {
  it('given a named officer of a 区, then the 区 and the name; a name that already says the unit stands alone', () => {
    expect(actorLabel({ id: 'u-1', role: 'locality', scope: 'locality:nanguan', name: '张伟' }, names)).toBe('南关区 张伟');
    expect(actorLabel({ id: 'u-2', role: 'locality', scope: 'locality:nanguan', name: '南关区项目专员' }, names)).toBe('南关区项目专员');
  });

  it('given no name in the token (events recorded before names were kept), then the unit alone — never the account id', () => {
    expect(actorLabel({ id: 'seed-locality-nanguan', role: 'locality', scope: 'locality:nanguan' }, names)).toBe('南关区');
    expect(actorLabel({ id: 'u-3', role: 'department', scope: 'department:ghj' }, names)).toBe('市规划局');
    expect(actorLabel({ id: 'office-1', role: 'project-office', scope: 'project-office' }, names)).toBe('市大项目办');
  });

  it('given a service acting on its own, then the service, marked automatic', () => {
    expect(actorLabel({ id: 'approval-service', role: 'system', scope: null }, names)).toBe('审批服务（自动）');
  });
});
