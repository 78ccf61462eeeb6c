/** What the global setup hands the global teardown (they share one process). */
export const SERVER_STATE_KEY = '__CRM_E2E_SERVER__';

export interface ServerState {
  url: string;
  pid: number;
  /** Temporary folder holding the data folder and the server's log. */
  tmp: string;
  logFile: string;
}
