/** Where GraphiQL keeps its tabs in localStorage (its default storage namespace). */
const TAB_STATE_KEY = 'graphiql:tabState';

/** Whether GraphiQL will restore tabs (and ignore `defaultTabs`). */
export function hasStoredTabs(): boolean {
  try {
    return window.localStorage.getItem(TAB_STATE_KEY) !== null;
  } catch {
    return false;
  }
}
