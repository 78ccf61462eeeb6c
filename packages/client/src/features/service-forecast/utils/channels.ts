/** The case origins the server forecasts, in its order. */
export const CHANNELS = ['Phone', 'Email', 'Web', 'Chat', 'Social'] as const;
export type Channel = (typeof CHANNELS)[number];
export const isChannel = (v: string): v is Channel => (CHANNELS as readonly string[]).includes(v);
