import { createRoot } from 'react-dom/client';

import '@/styles/global.css';
import { i18nReady } from '@/lib/i18n';

import { App } from './app';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

// Korean or Chinese strings are one small chunk away: render once they are there.
void i18nReady.finally(() => createRoot(container).render(<App />));
