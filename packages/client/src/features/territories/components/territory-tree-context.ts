import { createContext, useContext } from 'react';

export interface TreeState {
  isExpanded: (id: string) => boolean;
  setExpanded: (id: string, open: boolean) => void;
  /** The item in the tab order (roving tabindex); null: the first item. */
  activeId: string | null;
  setActiveId: (id: string) => void;
  /** The period of the won business, quota and attainment (also the children's). */
  period: { periodStart: string; periodEnd: string };
}

export const TreeContext = createContext<TreeState | null>(null);

export function useTreeState(): TreeState {
  const state = useContext(TreeContext);
  if (!state) throw new Error('useTreeState outside <TerritoryTree>');
  return state;
}
