/** Nelder-Mead simplex minimisation (standard coefficients: reflect 1, expand 2, contract ½, shrink ½). */
export function nelderMead(f: (x: number[]) => number, x0: number[], opts: { step?: number; maxIterations?: number; tolerance?: number } = {}) {
  const n = x0.length;
  const step = opts.step ?? 0.1;
  const tol = opts.tolerance ?? 1e-9;
  let simplex = [x0, ...x0.map((_, i) => x0.map((v, j) => (i === j ? v + step : v)))].map((x) => ({ x, v: f(x) }));
  for (let it = 0; it < (opts.maxIterations ?? 500); it++) {
    simplex.sort((a, b) => a.v - b.v);
    const best = simplex[0];
    const worst = simplex[n];
    if (Math.abs(worst.v - best.v) <= tol * (Math.abs(best.v) + tol)) break;
    const centroid = Array.from({ length: n }, (_, j) => simplex.slice(0, n).reduce((s, p) => s + p.x[j], 0) / n);
    const along = (t: number) => centroid.map((c, j) => c + t * (worst.x[j] - c));
    const r = { x: along(-1), v: 0 };
    r.v = f(r.x);
    if (r.v < best.v) {
      const e = { x: along(-2), v: 0 };
      e.v = f(e.x);
      simplex[n] = e.v < r.v ? e : r;
    } else if (r.v < simplex[n - 1].v) {
      simplex[n] = r;
    } else {
      const c = { x: along(r.v < worst.v ? -0.5 : 0.5), v: 0 };
      c.v = f(c.x);
      if (c.v < Math.min(r.v, worst.v)) simplex[n] = c;
      else simplex = simplex.map((p, i) => (i === 0 ? p : { x: p.x.map((v, j) => best.x[j] + 0.5 * (v - best.x[j])), v: 0 })).map((p, i) => (i === 0 ? p : { x: p.x, v: f(p.x) }));
    }
  }
  simplex.sort((a, b) => a.v - b.v);
  return { x: simplex[0].x, value: simplex[0].v };
}
