import { createRoot } from 'react-dom/client';

import '@/styles/global.css';

import { App } from './app';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

createRoot(container).render(<App />);
