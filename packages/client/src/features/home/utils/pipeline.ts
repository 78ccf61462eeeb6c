export interface StageTotal {
  stageName: string;
  label: string;
  count: number;
  amount: number;
}

/** Open deals per open stage, in the stages' order; deals in an unknown stage get a row of their own. */
export function pipelineByStage(
  stages: ReadonlyArray<{ apiName: string; masterLabel: string; sortOrder: number; isClosed: boolean }>,
  deals: ReadonlyArray<{ stageName: string; amount?: number | null }>,
): StageTotal[] {
  const rows = new Map<string, StageTotal>();
  for (const s of [...stages].sort((a, b) => a.sortOrder - b.sortOrder)) {
    if (!s.isClosed) rows.set(s.apiName, { stageName: s.apiName, label: s.masterLabel, count: 0, amount: 0 });
  }
  for (const d of deals) {
    let row = rows.get(d.stageName);
    if (!row) rows.set(d.stageName, (row = { stageName: d.stageName, label: d.stageName, count: 0, amount: 0 }));
    row.count += 1;
    row.amount += d.amount ?? 0;
  }
  return [...rows.values()];
}
