/** A model's territory as a choice in a list: depth-first (parents before children), by name. */
export interface TerritoryOption {
  id: string;
  name: string;
  depth: number;
}

export function territoryOptions(territories: readonly { id: string; name: string; parent?: { id: string } | null }[]): TerritoryOption[] {
  const byParent = new Map<string | null, { id: string; name: string }[]>();
  const ids = new Set(territories.map((t) => t.id));
  for (const territory of territories) {
    // A parent outside the list (not loaded) makes the territory a root of the list.
    const parent = territory.parent?.id && ids.has(territory.parent.id) ? territory.parent.id : null;
    const siblings = byParent.get(parent) ?? [];
    siblings.push(territory);
    byParent.set(parent, siblings);
  }
  const out: TerritoryOption[] = [];
  const walk = (parent: string | null, depth: number) => {
    const children = (byParent.get(parent) ?? []).slice().sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) {
      out.push({ id: child.id, name: child.name, depth });
      walk(child.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
