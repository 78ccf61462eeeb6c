import styles from './activity-icon.module.css';

export type ActivityIconName = 'call' | 'email' | 'task' | 'event' | 'phone' | 'map' | 'mic' | 'logCall';

// Simple strokes on a 24-unit grid, drawn for this app.
const PATHS: Record<ActivityIconName, string> = {
  call: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a1 1 0 0 1-1 1A16 16 0 0 1 4 5a1 1 0 0 1 1-1z',
  phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a1 1 0 0 1-1 1A16 16 0 0 1 4 5a1 1 0 0 1 1-1z',
  email: 'M3 6h18v12H3zM3 6l9 7 9-7',
  task: 'M4 4h16v16H4zM8 12l3 3 5-6',
  event: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  map: 'M12 21s-7-6.2-7-12a7 7 0 0 1 14 0c0 5.8-7 12-7 12zM12 11.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  logCall: 'M7 4h10v17H7zM10 4V3h4v1M9.5 10h5M9.5 13.5h5M9.5 17h3',
  mic: 'M12 3a3 3 0 0 1 3 3v6a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3zM6 11a6 6 0 0 0 12 0M12 17v4M9 21h6',
};

export function ActivityIcon({ name, className }: { name: ActivityIconName; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={[styles.icon, className].filter(Boolean).join(' ')}>
      <path d={PATHS[name]} />
    </svg>
  );
}
