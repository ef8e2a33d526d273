#!/usr/bin/python3
"""pandas baseline for bench/rfm: the same read, aggregation and quantile scoring as
`fieldbook rfm FILE --customer=C --date=D --amount=A --analysis-date=YYYY-MM-DD`.

    /usr/bin/python3 bench/rfm/pandas_rfm.py FILE --customer=C --date=D --amount=A --analysis-date=YYYY-MM-DD [--plain]

Prints one JSON object like bench/rfm/wasm_rfm.cpp's, plus "seconds" (after `import pandas`).
Idiomatic pandas: read_csv of the three columns (the C engine), vectorised amount cleaning,
groupby aggregation, Series.quantile (linear interpolation = R type 7) for the breaks
(quantile + 1, as R rfm 0.3), and bins by lower <= x < upper. pd.cut(right=False) gives those bins
too but refuses repeated edges, which frequency often has, so np.searchsorted(side='right') (the
same intervals, empty bins allowed) is used. --plain (plain decimals) reads the amount as float64
with no cleaning.
"""
import json
import sys
import time

import numpy as np
import pandas as pd


def main():
    opts = {}
    files = []
    plain = False
    for a in sys.argv[1:]:
        if a == '--plain':
            plain = True
        elif a.startswith('--') and '=' in a:
            k, v = a[2:].split('=', 1)
            opts[k] = v
        else:
            files.append(a)
    if len(files) != 1 or not all(k in opts for k in ('customer', 'date', 'amount', 'analysis-date')):
        print(__doc__, file=sys.stderr)
        return 2
    cust, date, amount = opts['customer'], opts['date'], opts['amount']
    t0 = time.perf_counter()
    df = pd.read_csv(files[0], usecols=[cust, date, amount], dtype={cust: str, amount: 'float64' if plain else str},
                     parse_dates=[date], encoding='utf-8')
    if plain:
        a = df[amount]
    else:
        a = df[amount].str.replace(r'[,￥¥$)]', '', regex=True).str.replace('(', '-', regex=False).astype('float64')
    df = pd.DataFrame({'customer': df[cust], 'date': df[date], 'amount': a})
    df['counted'] = df['amount'] >= 0
    df['counted_date'] = df['date'].where(df['counted'])
    g = df.groupby('customer', sort=True).agg(
        last_counted=('counted_date', 'max'), last_any=('date', 'max'),
        frequency=('counted', 'sum'), monetary=('amount', 'sum'))
    last = g['last_counted'].fillna(g['last_any'])
    analysis = pd.Timestamp(opts['analysis-date'])
    table = pd.DataFrame({
        'recency': (analysis - last).dt.days.astype('float64'),
        'frequency': g['frequency'].astype('float64'),
        'monetary': g['monetary'],
    })
    bins = 5
    probs = [k / bins for k in range(1, bins)]
    thresholds = {}
    for dim in ('recency', 'frequency', 'monetary'):
        x = table[dim]
        breaks = (x.quantile(probs, interpolation='linear') + 1).to_numpy()
        b = np.searchsorted(breaks, x.to_numpy(), side='right')  # lower <= x < upper
        counts = np.bincount(b, minlength=bins)
        thresholds[dim] = {'lower': [float(x.min())] + [float(v) for v in breaks], 'counts': [int(c) for c in counts]}
    seconds = time.perf_counter() - t0
    print(json.dumps({'customers': int(len(table)), 'orders': int(table['frequency'].sum()),
                      'revenue': float(table['monetary'].sum()), 'thresholds': thresholds, 'seconds': seconds}))
    return 0


if __name__ == '__main__':
    sys.exit(main())
