/**
 * What a person reads of a refusal: the service's message, which is Chinese (every rule has its
 * Chinese in the contracts' catalogue, and the services' edge puts it in `message`). Should a
 * message ever arrive without Chinese (a proxy's page, an older service), the screen says so in
 * Chinese instead of showing it.
 */
const CHINESE = /[\u4e00-\u9fff]/;

export function chineseMessage(message: string | undefined): string {
  return message && CHINESE.test(message) ? message : '填写的内容不符合要求';
}
