#!/usr/bin/env node
// Deterministic generator of a realistic order export for the RFM benchmark (bench/rfm/run.sh).
//
//   node bench/rfm/generate.mjs [--rows=1000000] [--customers=100000] [--seed=20240601] [--out=FILE]
//                               [--shape=crm|plain] [--order=date|random]
//
// Default output: build/bench/orders-1m.csv (never committed); with --shape=plain
// build/bench/orders-plain-random-1m.csv or orders-plain-date-1m.csv. The same arguments always give
// the same bytes (own PRNG, no Date.now, no Math.random).
//
// --shape=plain: the same customers, days and amounts written as a plain export would:
//   customer_id,order_date,amount
//   C0041377,2022-01-01,1280.00
// (ISO dates, amounts as plain decimals with two places, returns as -120.00), ~28 MB. --order=random
// (the default for plain) shuffles the rows, as a database dump without ORDER BY may come out;
// --order=date keeps them in date order. The crm shape is always in date order.
//
// What the rows look like (a Chinese CRM's order export, UTF-8, comma-separated):
//   订单编号,客户编号,客户名称,下单日期,订单金额,行业,区域,负责人
//   SO22000001,C0041377,杭州瑞丰科技有限公司,2022-01-01,"￥1,280.00",科技,华东,王磊
// - Customers: every customer has at least one order; the rest are spread by a lognormal weight
//   (sigma 1.3), so order counts are heavily skewed (median ~5, the largest ~1000+).
// - Dates: 2022-01-01 .. 2024-12-31 (1096 days). Each customer is active over a window starting
//   anywhere in those three years and lasting an exponential time (some churn early, some stay);
//   rows come out in date order, like an export sorted by order date.
// - Amounts: lognormal (median ~¥800, by customer size), in cents; 2% of rows are returns
//   (negative). Written as 1280.00 (65%), "1,280.00" (10%), "￥1,280.00" (10%), ¥1280.00 (5%),
//   1280.5 / 1280 (10%, trailing zeros dropped); returns as -120.00 or (120.00).
// - Industry / region / rep: Chinese values, fixed per customer (8 industries, 7 regions, 60 reps).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => {
  const m = /^--([^=]+)=(.*)$/.exec(a);
  if (!m) throw new Error(`bad argument ${a}`);
  return [m[1], m[2]];
}));
const ROWS = Number(args.rows ?? 1_000_000);
const CUSTOMERS = Number(args.customers ?? 100_000);
const SEED = Number(args.seed ?? 20240601);
const SHAPE = args.shape ?? 'crm';
const ORDER = args.order ?? (SHAPE === 'plain' ? 'random' : 'date');
if (!['crm', 'plain'].includes(SHAPE)) throw new Error(`--shape must be crm or plain, not ${SHAPE}`);
if (!['date', 'random'].includes(ORDER)) throw new Error(`--order must be date or random, not ${ORDER}`);
if (SHAPE === 'crm' && ORDER !== 'date') throw new Error('the crm shape is in date order only');
const defaultOut = SHAPE === 'plain' ? `build/bench/orders-plain-${ORDER}-1m.csv` : 'build/bench/orders-1m.csv';
const OUT = path.resolve(args.out ?? path.join(root, defaultOut));
if (!(CUSTOMERS >= 1 && ROWS >= CUSTOMERS)) throw new Error('need rows >= customers >= 1');

// sfc32: small, fast, good enough, and identical on every platform.
function sfc32(a, b, c, d) {
  return function next() {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
const rand = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, SEED);
for (let i = 0; i < 20; i++) rand();
let spare = null;
function normal() {
  if (spare !== null) { const s = spare; spare = null; return s; }
  let u = 0;
  while (u === 0) u = rand();
  const v = rand();
  const r = Math.sqrt(-2 * Math.log(u));
  spare = r * Math.sin(2 * Math.PI * v);
  return r * Math.cos(2 * Math.PI * v);
}
const pick = (list) => list[Math.floor(rand() * list.length)];

const DAYS = 1096;  // 2022-01-01 .. 2024-12-31
const EPOCH = Date.UTC(2022, 0, 1);
const dayText = [];
for (let d = 0; d < DAYS; d++) dayText.push(new Date(EPOCH + d * 86400000).toISOString().slice(0, 10));

const industries = ['教育', '政府', '科技', '制造', '医疗', '金融', '零售', '能源'];
const industryWeights = [0.14, 0.10, 0.22, 0.20, 0.10, 0.08, 0.11, 0.05];
const regions = ['华东', '华北', '华南', '华中', '西南', '西北', '东北'];
const regionWeights = [0.32, 0.20, 0.20, 0.10, 0.09, 0.05, 0.04];
const cities = ['杭州', '上海', '北京', '深圳', '广州', '南京', '苏州', '成都', '武汉', '西安', '天津', '重庆', '宁波', '青岛', '长沙', '沈阳'];
const words = ['瑞丰', '星辰', '华信', '宏达', '博远', '天成', '中科', '恒通', '新锐', '金桥', '云帆', '鼎盛', '汇智', '长青', '海纳', '启明', '卓越', '正泰', '联创', '万象'];
const kinds = { '教育': ['教育科技', '培训学校', '学院'], '政府': ['信息中心', '数据局', '服务中心'], '科技': ['科技', '信息技术', '软件'],
  '制造': ['机械', '电子', '精密制造'], '医疗': ['医疗器械', '医药', '健康'], '金融': ['投资', '融资租赁', '保险代理'],
  '零售': ['商贸', '百货', '连锁'], '能源': ['新能源', '电力工程', '光伏'] };
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const given = ['磊', '芳', '伟', '静', '强', '敏', '洋', '婷', '军', '丽', '杰', '娜'];
const reps = [];
for (let i = 0; i < 60; i++) reps.push(surnames[i % 20] + given[(i * 7) % 12] + (i >= 40 ? given[(i * 5) % 12] : ''));
function weighted(list, weights) {
  let r = rand();
  for (let i = 0; i < list.length; i++) { r -= weights[i]; if (r < 0) return list[i]; }
  return list[list.length - 1];
}

// Customers: ids in a shuffled order (ids do not follow size), attributes, activity window, size.
const ids = new Int32Array(CUSTOMERS);
for (let i = 0; i < CUSTOMERS; i++) ids[i] = i;
for (let i = CUSTOMERS - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [ids[i], ids[j]] = [ids[j], ids[i]]; }
const idWidth = Math.max(7, String(CUSTOMERS * 3).length);
const custText = new Array(CUSTOMERS);  // "C0041377,杭州瑞丰科技有限公司" (id,name)
const custTail = new Array(CUSTOMERS);  // "科技,华东,王磊"
const weight = new Float64Array(CUSTOMERS);
const start = new Int32Array(CUSTOMERS);
const span = new Int32Array(CUSTOMERS);
const sizeMu = new Float64Array(CUSTOMERS);
for (let c = 0; c < CUSTOMERS; c++) {
  const industry = weighted(industries, industryWeights);
  const region = weighted(regions, regionWeights);
  const suffix = industry === '政府' || industry === '教育' ? '' : rand() < 0.8 ? '有限公司' : '股份有限公司';
  const name = pick(cities) + (industry === '政府' ? '市' : pick(words)) + pick(kinds[industry]) + suffix;
  custText[c] = `C${String(ids[c] * 3 + 1000).padStart(idWidth, '0')},${name}`;
  custTail[c] = `${industry},${region},${pick(reps)}`;
  weight[c] = Math.exp(1.3 * normal());
  start[c] = Math.floor(rand() * DAYS * 0.95);
  // Active for an exponential time with mean ~1.5 years, at least one day.
  span[c] = Math.max(1, Math.min(DAYS - start[c], Math.round(-Math.log(1 - rand()) * 550)));
  sizeMu[c] = Math.log(800) + 0.6 * normal() + (industry === '政府' || industry === '能源' ? 0.7 : 0);
}

// Order counts: 1 each plus the rest by weight (largest remainder, so the total is exact).
const counts = new Int32Array(CUSTOMERS).fill(1);
let totalWeight = 0;
for (let c = 0; c < CUSTOMERS; c++) totalWeight += weight[c];
const extra = ROWS - CUSTOMERS;
const remainders = [];
let assigned = 0;
for (let c = 0; c < CUSTOMERS; c++) {
  const share = (extra * weight[c]) / totalWeight;
  const whole = Math.floor(share);
  counts[c] += whole;
  assigned += whole;
  remainders.push([share - whole, c]);
}
remainders.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
for (let k = 0; k < extra - assigned; k++) counts[remainders[k][1]]++;

// Rows: customer, day, cents, format; then a stable counting sort by day.
const rowCust = new Int32Array(ROWS);
const rowDay = new Int32Array(ROWS);
const rowCents = new Float64Array(ROWS);
const rowFmt = new Uint8Array(ROWS);
let r = 0;
for (let c = 0; c < CUSTOMERS; c++) {
  for (let k = 0; k < counts[c]; k++, r++) {
    rowCust[r] = c;
    rowDay[r] = start[c] + Math.floor(rand() * span[c]);
    const isReturn = rand() < 0.02;
    let cents = Math.max(100, Math.round(Math.exp(sizeMu[c] + 0.9 * normal()) * 100));
    if (rand() < 0.5) cents = Math.round(cents / 100) * 100;  // whole yuan, as many quotes are
    if (isReturn) cents = -Math.max(100, Math.round(cents * (0.1 + 0.9 * rand())));
    rowCents[r] = cents;
    rowFmt[r] = Math.floor(rand() * 100);
  }
}
const byDay = new Int32Array(DAYS + 1);
for (let i = 0; i < ROWS; i++) byDay[rowDay[i] + 1]++;
for (let d = 0; d < DAYS; d++) byDay[d + 1] += byDay[d];
const order = new Int32Array(ROWS);
for (let i = 0; i < ROWS; i++) order[byDay[rowDay[i]]++] = i;
// Random order: a Fisher-Yates shuffle after the sort, with PRNG draws made after every other one,
// so both plain files hold the same rows.
if (ORDER === 'random') {
  for (let i = ROWS - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); const t = order[i]; order[i] = order[j]; order[j] = t; }
}

function grouped(intText) {
  let out = '';
  for (let i = intText.length; i > 0; i -= 3) out = intText.slice(Math.max(0, i - 3), i) + (out ? ',' + out : '');
  return out;
}
function amountText(cents, f) {
  const neg = cents < 0;
  const a = Math.abs(cents);
  const yuan = String(Math.floor(a / 100));
  const fen = String(a % 100).padStart(2, '0');
  if (neg) return f < 60 ? `-${yuan}.${fen}` : `(${yuan}.${fen})`;
  if (f < 65) return `${yuan}.${fen}`;
  if (f < 75) return yuan.length > 3 ? `"${grouped(yuan)}.${fen}"` : `${yuan}.${fen}`;
  if (f < 85) return yuan.length > 3 ? `"￥${grouped(yuan)}.${fen}"` : `￥${yuan}.${fen}`;
  if (f < 90) return `¥${yuan}.${fen}`;
  // Trailing zeros dropped, as a spreadsheet's General format writes.
  return fen === '00' ? yuan : fen.endsWith('0') ? `${yuan}.${fen[0]}` : `${yuan}.${fen}`;
}

fs.mkdirSync(path.dirname(OUT), { recursive: true });
const fd = fs.openSync(OUT + '.tmp', 'w');
const plainAmount = (cents) => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
let buf = SHAPE === 'plain' ? 'customer_id,order_date,amount\n' : '订单编号,客户编号,客户名称,下单日期,订单金额,行业,区域,负责人\n';
for (let k = 0; k < ROWS; k++) {
  const i = order[k];
  const c = rowCust[i];
  const d = rowDay[i];
  if (SHAPE === 'plain') {
    buf += `${custText[c].slice(0, custText[c].indexOf(','))},${dayText[d]},${plainAmount(rowCents[i])}\n`;
  } else {
    buf += `SO${dayText[d].slice(2, 4)}${String(k + 1).padStart(7, '0')},${custText[c]},${dayText[d]},${amountText(rowCents[i], rowFmt[i])},${custTail[c]}\n`;
  }
  if (buf.length > 1 << 20) { fs.writeSync(fd, buf); buf = ''; }
}
fs.writeSync(fd, buf);
fs.closeSync(fd);
fs.renameSync(OUT + '.tmp', OUT);
const size = fs.statSync(OUT).size;
console.log(`generate: ${ROWS} rows, ${CUSTOMERS} customers -> ${path.relative(process.cwd(), OUT)} (${(size / 1048576).toFixed(1)} MiB)`);
