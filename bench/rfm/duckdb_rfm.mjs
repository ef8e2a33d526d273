// DuckDB baseline for bench/rfm: the same read, aggregation and quantile scoring as
// `fieldbook rfm FILE --customer=C --date=D --amount=A --analysis-date=YYYY-MM-DD`, in SQL.
//   node bench/rfm/duckdb_rfm.mjs FILE --customer=C --date=D --amount=A --analysis-date=YYYY-MM-DD [--threads=N] [--plain]
// Prints one JSON object like bench/rfm/wasm_rfm.cpp's, plus "seconds" (the queries only, without
// node's start-up and loading DuckDB).
//
// Equivalence with our scoring (src/rfm/scoring.h):
// - --method=quantile (the default, R rfm 0.3): breaks = quantile_cont(x, k/bins) + 1 for
//   k = 1..bins-1 (quantile_cont interpolates linearly between order statistics = R type 7), and a
//   value's bin is the number of breaks <= x (lower <= x < upper); recency's score is reversed.
//   That is what this file computes.
// - --method=rank (dplyr::ntile) would be NTILE(bins) OVER (ORDER BY x, customer): equal-count
//   bins with ties broken by the customer id order our table is sorted in.
// Amounts: the generator writes 1280.00, "1,280.00", ￥1,280.00, ¥1280.00, -120.00 and (120.00);
// they are cleaned with replace() and cast to DOUBLE. --plain (the plain export: plain decimals) reads
// the amount as a typed DOUBLE column instead, with no cleaning. Returns (amount < 0) count in revenue but
// not as orders; a customer with returns only keeps the date of its last row for recency.
import { DuckDBInstance } from '@duckdb/node-api';

const args = process.argv.slice(2);
const opt = (k) => args.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3);
const file = args.find((a) => !a.startsWith('--'));
const customer = opt('customer');
const date = opt('date');
const amount = opt('amount');
const analysisDate = opt('analysis-date');
const threads = opt('threads');
const plain = args.includes('--plain');
if (!file || !customer || !date || !amount || !analysisDate) {
  console.error('usage: duckdb_rfm.mjs FILE --customer=C --date=D --amount=A --analysis-date=YYYY-MM-DD [--threads=N] [--plain]');
  process.exit(2);
}
const ident = (s) => `"${s.replaceAll('"', '""')}"`;
const lit = (s) => `'${s.replaceAll("'", "''")}'`;
const bins = 5;
const probs = Array.from({ length: bins - 1 }, (_, k) => (k + 1) / bins);

const t0 = performance.now();
const instance = await DuckDBInstance.create(':memory:', threads ? { threads: String(threads) } : {});
const con = await instance.connect();
const amountSql = plain
  ? ident(amount)
  : `CAST(replace(replace(replace(replace(replace(replace(${ident(amount)}, ',', ''), '￥', ''), '¥', ''), '$', ''),
                      '(', '-'), ')', '') AS DOUBLE)`;
await con.run(`
CREATE TEMP TABLE c AS
WITH o AS (
  SELECT ${ident(customer)} AS customer,
         ${ident(date)} AS d,
         ${amountSql} AS amount
  FROM read_csv(${lit(file)}, header = true,
                types = {${lit(date)}: 'DATE', ${lit(amount)}: '${plain ? 'DOUBLE' : 'VARCHAR'}', ${lit(customer)}: 'VARCHAR'})
)
SELECT customer,
       (DATE ${lit(analysisDate)} - coalesce(max(d) FILTER (WHERE amount >= 0), max(d)))::DOUBLE AS recency,
       (count(*) FILTER (WHERE amount >= 0))::DOUBLE AS frequency,
       sum(amount) AS monetary
FROM o GROUP BY customer`);
const dims = ['recency', 'frequency', 'monetary'];
const q = (await con.runAndReadAll(`SELECT count(*)::BIGINT AS customers, sum(frequency)::BIGINT AS orders, sum(monetary) AS revenue,
  ${dims.map((x) => `min(${x}) AS ${x}_min, quantile_cont(${x}, [${probs.join(', ')}]) AS ${x}_q`).join(', ')} FROM c`)).getRowObjectsJS()[0];
const thresholds = {};
for (const x of dims) {
  const breaks = q[`${x}_q`].map((v) => v + 1);
  const bin = breaks.map((b) => `(${x} >= ${b})::INT`).join(' + ');
  const rows = (await con.runAndReadAll(`SELECT ${bin} AS bin, count(*)::BIGINT AS n FROM c GROUP BY bin ORDER BY bin`)).getRowObjectsJS();
  const counts = new Array(bins).fill(0);
  for (const r of rows) counts[r.bin] = Number(r.n);
  thresholds[x] = { lower: [q[`${x}_min`], ...breaks], counts };
}
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ customers: Number(q.customers), orders: Number(q.orders), revenue: q.revenue, thresholds, seconds }));
