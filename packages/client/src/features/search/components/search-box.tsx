import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

import { paths } from '@/config/paths';

import styles from './search-box.module.css';

/** The app header's global search: submits to /search?q=. */
export function SearchBox({ className, onSubmitted }: { className?: string; onSubmitted?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const urlTerm = pathname === paths.search.path ? (params.get('q') ?? '') : '';
  const [term, setTerm] = useState(urlTerm);
  // On the results page the box shows the term searched (also after back/forward).
  useEffect(() => setTerm(urlTerm), [urlTerm]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = term.trim();
    if (!q) return;
    void navigate(paths.search.getHref(q));
    onSubmitted?.();
  };

  return (
    <form role="search" className={`${styles.box} ${className ?? ''}`} onSubmit={submit} data-testid="global-search">
      <input
        type="search"
        name="q"
        className={styles.input}
        value={term}
        onChange={(e) => setTerm(e.target.value)}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        enterKeyHint="search"
        data-testid="global-search-input"
      />
      <button type="submit" className={styles.button}>
        <span aria-hidden="true">⌕</span>
        <span className="visually-hidden">{t('search.submit')}</span>
      </button>
    </form>
  );
}
