import type { ReactNode } from 'react';

/** The record a page shows, as other features need it (quick actions, timelines). */
export interface RecordRef {
  objectType: 'Account' | 'Contact' | 'Lead' | 'Opportunity' | 'Case';
  id: string;
  name: string;
  /** The person (Contact or Lead) activities are about: Salesforce WhoId. */
  whoId?: string | null;
  /** The record activities are related to (Account, Opportunity, Case): Salesforce WhatId. */
  whatId?: string | null;
  accountId?: string | null;
  phone?: string | null;
  /** One-line postal address, for a maps link. */
  address?: string | null;
}

/**
 * Record pages render parts owned by other features through these slots; the app's router
 * composes them, so features never import each other.
 */
export interface RecordSlots {
  renderQuickActions?: (record: RecordRef) => ReactNode;
  renderTimeline?: (record: RecordRef) => ReactNode;
  renderPosts?: (record: RecordRef) => ReactNode;
}
