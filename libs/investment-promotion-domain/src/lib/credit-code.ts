/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters — the registering authority, the kind of body,
 * the administrative division, the organisation code and a check character. The check
 * character is 31 − (Σ value(cᵢ) × 3ⁱ mod 31) mod 31 over the first seventeen, written in the
 * standard's 31-character alphabet (no I, O, S, V, Z).
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);

/** The check character the first seventeen characters call for; null when one is outside the alphabet. */
export function creditCodeCheck(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Whether an 18-character code's last character is the check character of the rest. */
export const creditCodeValid = (code: string): boolean => code.length === 18 && creditCodeCheck(code.slice(0, 17)) === code.charAt(17);
