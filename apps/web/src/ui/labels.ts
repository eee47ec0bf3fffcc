/** What each recorded fact is called on screen (the registry's event types). */
export const EVENT_LABELS: Record<string, string> = {
  ProjectRegistered: '项目入库',
  ProjectDetailsRevised: '修订项目信息',
  ProjectNationalCodeAssigned: '补录国家项目代码',
  ProjectStageAdvanced: '阶段推进',
  ProjectSiteReadied: '"五通一平"完成',
  ProjectConstructionStarted: '开工',
  ProjectConstructionResumed: '年度复工',
  ProjectCompleted: '竣工投产',
  ProjectSuspended: '停缓建',
  ProjectReactivated: '恢复建设',
  ProjectCancelled: '取消项目',
  ProjectStageCorrected: '阶段更正',
  ProjectAddedToAnnualPlan: '列入年度计划',
  MonthlyInvestmentReported: '月度投资填报',
  InvestmentCorrected: '累计投资更正',
  StatisticsInclusionRecorded: '入库入统',
  CityLeaderAssigned: '市级领导包保',
  ProjectSecretaryAssigned: '配备项目秘书',
  FrontEndFundingGranted: '前期经费支持',
};

export const STAGE_LABELS: Record<string, string> = {
  reserve: '谋划储备',
  docking: '对接中',
  landed: '已落位',
  preparing: '前期',
  'under-construction': '在建',
  completed: '竣工投产',
  suspended: '停缓建',
  cancelled: '已取消',
};
