import { createContext, useContext } from 'react';

export interface TreeState {
  isExpanded: (id: string) => boolean;
  setExpanded: (id: string, open: boolean) => void;
  /** The item in the tab order (roving tabindex); null: the first item. */
  activeId: string | null;
  setActiveId: (id: string) => void;
  /** What a group shows while its children load or when they failed. */
  groupLabels: TreeGroupLabels;
}

export interface TreeGroupLabels {
  loading: string;
  error: string;
  retry: string;
}

export const TreeContext = createContext<TreeState | null>(null);

export function useTreeState(): TreeState {
  const state = useContext(TreeContext);
  if (!state) throw new Error('useTreeState outside <Tree>');
  return state;
}
