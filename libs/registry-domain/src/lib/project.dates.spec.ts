import type { RegistryEvent } from '@ccpc/contracts';
import { deciderSpec } from '@ccpc/eventsourcing';
import type { RegisterProject } from './project.commands';
import { projectDecider } from './project.decider';
import { withBusinessDate } from './project.dates';

const spec = deciderSpec(projectDecider);
const register: RegisterProject = {
  type: 'RegisterProject',
  projectId: 'p-1',
  name: '一汽解放智能工厂',
  localityCode: 'lvyuan',
  departmentCode: 'gxj',
  categoryCode: 'auto',
  sourceCode: 'enterprise',
  totalInvestmentWan: 250_000,
  reserveLevels: ['city'],
};
const registered = (registeredOn: string) => projectDecider.decide({ ...register, registeredOn }, null) as RegistryEvent[];

describe('business dates of registry commands', () => {
  describe('when a command leaves out the date it may leave out', () => {
    it('given registration, revision and plan without a date, then each gets today (city time) explicitly', () => {
      expect(withBusinessDate(register, '2018-03-02')).toMatchObject({ registeredOn: '2018-03-02' });
      expect(withBusinessDate({ type: 'ReviseDetails', name: '新名称' }, '2018-03-02')).toMatchObject({ date: '2018-03-02' });
      expect(
        withBusinessDate({ type: 'AddToAnnualPlan', year: 2018, kind: 'continuing', annualInvestmentWan: 1 }, '2018-03-02'),
      ).toMatchObject({ date: '2018-03-02' });
    });
    it('given a date the officer gave, then it is kept', () => {
      expect(withBusinessDate({ ...register, registeredOn: '2017-05-01' }, '2018-03-02')).toMatchObject({ registeredOn: '2017-05-01' });
    });
  });

  describe('when a command is dated after today', () => {
    it.each([
      [{ type: 'StartConstruction', date: '2018-03-03' }, 'date'],
      [{ ...register, registeredOn: '2018-03-03' }, 'registeredOn'],
      [{ type: 'AssignSecretary', secretaryId: 's', secretaryName: '李', from: '2018-03-03' }, 'from'],
      [{ type: 'ReportMonthlyInvestment', month: '2018-04', cumulativeWan: 1 }, 'month'],
    ])('given %j on 2 March 2018, then it is refused as date.future naming %s', (command, field) => {
      expect(() => withBusinessDate(command as never, '2018-03-02')).toThrow(
        expect.objectContaining({ rule: 'date.future', options: { field, status: 422 } }),
      );
    });
    it('given a report for the month in progress, then it is accepted', () => {
      expect(() => withBusinessDate({ type: 'ReportMonthlyInvestment', month: '2018-03', cumulativeWan: 1 }, '2018-03-02')).not.toThrow();
    });
  });

  describe('given a project registered on 1 September 2017', () => {
    it('when a stage change is dated before it, then it is refused (date.beforeRegistration)', () => {
      spec.given(registered('2017-09-01')).when({ type: 'StartDocking', date: '2017-08-31' }).thenThrows('date.beforeRegistration');
    });
    it('when a stage change is dated before the last one, then it is refused (date.order)', () => {
      spec
        .given([
          ...registered('2017-09-01'),
          { type: 'ProjectStageAdvanced', data: { from: 'reserve', to: 'docking', date: '2017-10-01' } },
        ])
        .when({ type: 'Land', date: '2017-09-15', investor: '一汽' })
        .thenThrows('date.order');
    });
    it('when it is registered with its date, then the event carries it', () => {
      spec
        .given([])
        .when({ ...register, registeredOn: '2017-09-01' })
        .then([{ type: 'ProjectRegistered', data: expect.objectContaining({ registeredOn: '2017-09-01' }) } as unknown as RegistryEvent]);
    });
  });
});
