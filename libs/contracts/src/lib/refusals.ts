import { LEAD_REFUSALS } from './events/lead';
import { ISSUE_REFUSALS } from './events/issue';
/**
 * Every rule a service may refuse a request by, and what it means in Chinese — the sentence a
 * person reads when the refusal's own message says nothing more specific. A refusal's body keeps
 * `rule` and `field` for machines; its `message` is always Chinese (the rule's own detail, or
 * this sentence). `DomainError` takes only these rules, so a new rule without its Chinese does
 * not compile.
 */
export const REFUSALS = {
  // Business dates
  'date.future': '日期不能晚于今天：只能登记已经发生的事实',
  'date.order': '日期早于之前已登记的日期，事实须按时间先后登记',
  'date.beforeRegistration': '日期不能早于项目入库日期',
  'date.before-case': '日期不能早于审批案件立案日',
  'date.before-round': '日期不能早于集中审批开启日',
  'calendar.year-not-covered': '工作日历没有该年的法定节假日数据，无法按工作日计算',
  // Amounts
  'amount.positive': '金额须大于 0',
  'amount.nonNegativeInteger': '金额须为 0 或正整数（万元）',
  'amount.absurd': '金额超过 1 万亿元，请确认单位为万元',
  // Registry: projects
  'project.exists': '该项目已入库',
  'project.notFound': '没有这个项目',
  'project.cancelled': '项目已取消，不能再办理任何事项',
  'project.already-registered': '项目已入库',
  'project.not-registered': '项目未入库',
  'reference.locality': '不是本市的县（市）区或开发区',
  'reference.department': '不是基础数据中的市直部门',
  'reference.category': '不是基础数据中的产业类别',
  'reference.subKind': '不是该产业类别下的细分类型',
  'reference.source': '不是基础数据中的项目生成来源',
  'reserve.level': '储备级别至少选择市级或县（市）区级之一',
  'nationalCode.format': '国家投资项目代码格式不正确',
  'nationalCode.duplicate': '该国家投资项目代码已属于另一个项目',
  'nationalCode.assigned': '项目已有国家投资项目代码',
  'site.ready': '五通一平已登记',
  'land.siteNotReady': '开发区内的项目须先完成五通一平才能落位',
  'stage.order': '阶段须逐级推进',
  'stage.suspended': '项目处于停缓建状态，须先恢复',
  'suspend.stage': '该阶段的项目不能停缓建',
  'reactivate.notSuspended': '项目不在停缓建状态',
  'cancel.completed': '已竣工的项目不能取消',
  'correct.same': '更正后的内容与现有内容相同',
  'start.once': '项目已开工，续建项目应登记复工',
  'start.plannedContinuing': '该项目列入年度计划的是续建，应登记复工',
  'resume.notUnderConstruction': '只有在建项目才能登记复工',
  'resume.sameYear': '项目当年首次开工，复工从下一年起登记',
  'resume.once': '本年度复工已登记',
  'investment.monthOrder': '月份早于已填报的最后月份，如需修改请提交更正',
  'investment.decreasing': '累计完成投资不能减少；如确需调减，请提交附理由的更正',
  'investment.overTotal': '累计完成投资超过总投资的两倍，请先修订总投资',
  'plan.annualOverTotal': '年度计划投资不能超过总投资',
  'plan.once': '项目已列入该年度计划',
  'plan.startMonthYear': '计划开工月份不在该年度内',
  'plan.newStartStarted': '项目已开工，应按续建列入计划',
  'plan.continuingNotStarted': '续建项目须在往年已开工，该项目尚未开工',
  'plan.startMonth': '新开工项目须填写计划开工月份',
  'leader.threshold': '市级包保领导负责 20 亿元以上项目（第三十条）',
  'secretary.threshold': '项目秘书负责 5000 万元以上项目（第三十一条）',
  'funding.design': '前期经费只用于已完成设计的项目（第三十六条）',
  'funding.stage': '前期经费只用于谋划阶段的项目',
  'grant.unknown': '没有这个演示身份',
  'grant.already-approved': '该笔经费已批准',
  'grant.not-approved': '该笔经费尚未批准',
  'grant.over-paid': '拨付金额超过批准金额',
  'revise.empty': '没有需要修订的内容',
  'revise.same': '修订后的数字与已发布的相同',
  // Approval
  'approvalCase.exists': '该项目的审批案件已立案',
  'approvalCase.notFound': '该项目没有审批案件',
  'approval.item-unknown': '本案件没有这个审批事项',
  'approval.already-submitted': '事项已申报，不能重复申报',
  'approval.prerequisites': '前置事项尚未办结',
  'approval.one-time-notice': '补正材料须一次性告知：本事项已告知过一次，不能再次要求补正',
  'approval.no-open-request': '没有待补正的告知，无需补正提交',
  'approval.not-submitted': '事项尚未申报',
  'approval.awaiting-supplements': '事项正等待申请人补正材料',
  'approval.decided': '事项已作出决定',
  'round.exists': '本年度集中审批已开启',
  'round.notFound': '本年度集中审批尚未开启',
  'round.first-quarter': '集中审批须在一季度开启（第二十七条）',
  'round.project-unknown': '项目不在本年度集中审批范围内',
  'round.already-stated': '一次性明确：该部门已明确过本项目需补充的手续及时限，不再另行要求',
  // Statistics (assessment)
  'statistics.notFound': '该月尚未发布统计数字',
  'statistics.reported': '该月数字已发布，如需修改请提交修订',
  'statistics.overCompleted': '入统金额不能超过完成投资',
  // The leadership's views
  'query.asOf-future': '统计日不能晚于今天：看板只统计已经发生的事实',
  'query.knownAt-future': '“知情时点”不能晚于现在：视图须可在以后重现',
  'indicator.unknown': '没有这个指标',
  'indicator.notProjects': '该指标来自统计数字，不是项目计数，没有项目清单可列',
  'report.period': '报告期须为月份 YYYY-MM 或季度 YYYY-Qn（如 2018-05、2018-Q2）',
  'report.period-future': '报告期尚未开始：只能报告已经开始的月份或季度',
  // Access
  'auth.token': '未登录或登录已失效，请重新登录',
  'access.role': '您的身份无权进行此项操作',
  'access.scope': '您只能查看和办理本单位的项目',
  'access.undeclared': '此功能未开放',
  // Requests
  'header.ifMatch': 'If-Match 须为数据版本号（ETag），如 "7"',
  'header.idempotencyKey': 'Idempotency-Key 须为 8–100 位字母、数字或 _ . : -',
  'idempotency.key-reused': '该 Idempotency-Key 已用于另一项请求，新的请求请使用新的 Idempotency-Key',
  'concurrency.expectedVersion': '数据已被他人更新，请重新打开后再办理',
  'body.json': '请求内容不是有效的 JSON',
  'body.limit': '提交的内容过大',
  'body.depth': '提交的内容嵌套层级过深',
  'body.encoding': '请求内容须为 UTF-8 编码的 JSON',
  'body.mediaType': '请求内容须以 application/json 发送',
  'text.control': '文字中含有控制字符',
  'text.unicode': '文字不是有效的 Unicode 文本',
  'http.methodNotAllowed': '此地址不支持该操作',
  'http.404': '要找的内容不存在',
  'http.429': '操作过于频繁，请稍候再试',
  internal: '服务内部错误，已记录，请稍后重试',
  // Fields (class-validator's constraint names, prefixed validation. in a refusal's rule)
  'validation.matches': '格式不正确',
  'validation.isIn': '不在可选范围内',
  'validation.isEnum': '不在可选范围内',
  'validation.isString': '须为文字',
  'validation.isLength': '长度不符合要求',
  'validation.isInt': '须为整数',
  'validation.isNumber': '须为数字',
  'validation.min': '数值过小',
  'validation.max': '数值过大',
  'validation.isBoolean': '须为“是”或“否”',
  'validation.isIso8601': '不是有效的日期',
  'validation.isArray': '须为列表',
  'validation.arrayMinSize': '选择的项数过少',
  'validation.arrayMaxSize': '选择的项数过多',
  'validation.isObject': '须为对象',
  'validation.nestedValidation': '内容不符合要求',
  'validation.isUrl': '须为网址',
  'validation.isUuid': '须为 UUID 格式的编号',
  'validation.isDefined': '必须填写',
  'validation.isEmpty': '此处不应填写',
  'validation.unknownField': '不是此请求的字段',
  'validation.invalid': '填写有误',
  // Each generated aggregate's own rules (deploy/scripts/new-context.ts adds them here).
  ...ISSUE_REFUSALS,
  ...LEAD_REFUSALS,
} as const satisfies Record<string, string>;

export type RefusalRule = keyof typeof REFUSALS;

/** The rule's Chinese sentence (a rule the catalogue does not know: a general one). */
export function refusalText(rule: string): string {
  return (REFUSALS as Record<string, string>)[rule] ?? '请求未被受理';
}

/** Whether a text holds Chinese (a refusal's message without any is a library's English, not ours). */
export const hasChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text);
