import { ACTIVITY_KIND_LABELS } from '@ccpc/contracts';
import type { Bulletin } from '@ccpc/investment-promotion-domain';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
const yi = (wan: number) => (wan / 10_000).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const table = (head: string[], rows: string[][]) =>
  rows.length === 0
    ? '<p class="none">本月无。</p>'
    : `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;

/** The bulletin as a page to print or publish (A4, Chinese fonts of the reader's system): the same figures as the JSON. */
export function bulletinPage(b: Bulletin): string {
  const [year, month] = b.month.split('-');
  const title = `长春市${year}年${Number(month)}月项目谋划信息和招商动态`;
  const status = b.final ? `截至${b.to}（该月已结束，本期内容不再变动）` : `截至${b.knownAt.slice(0, 10)}（本月尚未结束）`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
<style>
@page { size: A4; margin: 20mm 18mm; }
body { font-family: "Noto Serif CJK SC", "Songti SC", serif; font-size: 12pt; color: #000; }
h1 { font-size: 20pt; text-align: center; margin: 0 0 4mm; }
.meta { text-align: center; font-size: 10.5pt; margin-bottom: 6mm; }
h2 { font-family: "Noto Sans CJK SC", "Heiti SC", sans-serif; font-size: 14pt; margin: 6mm 0 2mm; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; }
th, td { border: 1px solid #000; padding: 1.5mm 2mm; text-align: left; }
td:nth-child(n+3) { text-align: right; }
.none { color: #444; }
</style></head><body>
<h1>${title}</h1>
<p class="meta">市项目建设领导小组办公室&emsp;${status}</p>
<h2>一、项目谋划信息</h2>
<p>本月新入库项目 ${b.planning.projects} 个，总投资 ${yi(b.planning.investmentWan)} 亿元。</p>
${table(
  ['产业', '项目数', '总投资（亿元）'],
  b.planning.byCategory.map((l) => [l.categoryName, String(l.count), yi(l.amountWan)]),
)}
<h2>二、招商动态</h2>
<p>本月新增招商线索 ${b.leads.identified} 条，意向投资 ${yi(b.leads.intendedWan)} 亿元；签约项目 ${b.signed.count} 个，合同投资 ${yi(
    b.signed.amountWan,
  )} 亿元；落地项目 ${b.landed.count} 个，总投资 ${yi(b.landed.investmentWan)} 亿元。</p>
${table(
  ['产业链', '线索数', '意向投资（亿元）', '环节'],
  b.leads.byChain.map((l) => [l.categoryName, String(l.count), yi(l.amountWan), l.nodes.join('、')]),
)}
<h2>三、签约项目</h2>
${table(
  ['企业', '地区', '合同投资（亿元）', '签约日期'],
  b.signed.items.map((d) => [d.enterprise, d.localityName, yi(d.amountWan), d.date]),
)}
<h2>四、落地项目</h2>
${table(
  ['项目', '地区', '总投资（亿元）', '落地日期'],
  b.landed.items.map((d) => [d.projectName ?? d.enterprise, d.localityName, yi(d.amountWan), d.date]),
)}
<h2>五、招商对接活动</h2>
<p>本月开展活动 ${b.activities.held} 次，参加企业、机构 ${b.activities.attendance} 家，形成线索 ${b.activities.leads} 条，现场签约 ${
    b.activities.deals
  } 个、${yi(b.activities.dealAmountWan)} 亿元。</p>
${table(
  ['活动', '类别', '签约（亿元）', '日期'],
  b.activities.items.map((a) => [
    `${a.title}（${a.organizer}${a.leaderName ? `，${a.leaderName}带队` : ''}，${a.destination}）`,
    ACTIVITY_KIND_LABELS[a.kind],
    yi(a.dealAmountWan),
    a.date,
  ]),
)}
</body></html>`;
}
