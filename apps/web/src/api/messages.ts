/**
 * A refusal's rule in Chinese, shown before the service's own message (which names the field
 * and the rule in English, for support): what a person reads next to a form field.
 */
const RULES: Record<string, string> = {
  matches: '格式不正确',
  isInt: '须为整数',
  isNumber: '须为数字',
  min: '数值过小',
  max: '数值过大',
  maxLength: '内容过长',
  minLength: '不能为空',
  isNotEmpty: '不能为空',
  isDefined: '必须填写',
  isIn: '不在可选范围内',
  isEnum: '不在可选范围内',
  isIso8601: '不是有效日期',
  isDateString: '不是有效日期',
  isBoolean: '须为是或否',
  arrayNotEmpty: '至少选择一项',
  whitelistValidation: '不应提交此项',
  'date.future': '不能晚于今天',
  'date.beforeRegistration': '不能早于项目入库日期',
  'date.order': '不能早于上一阶段的日期',
  'nationalCode.duplicate': '该代码已属于其他项目',
  'reference.unknown': '不在基础数据中',
};

export function chineseMessage(rule: string | undefined, original: string | undefined): string {
  const key = rule?.replace(/^validation\./, '') ?? '';
  const chinese = RULES[key];
  if (!chinese) return original ?? '填写有误';
  return original ? `${chinese}（${original}）` : chinese;
}
