interface BillingAddress {
  billingStreet?: string | null;
  billingCity?: string | null;
  billingState?: string | null;
  billingPostalCode?: string | null;
  billingCountry?: string | null;
}

/** The billing address on one line ("1 Main St, Springfield, IL 62701, US"), or null when blank. */
export function billingOneLine(a: BillingAddress): string | null {
  const cityLine = [a.billingCity, [a.billingState, a.billingPostalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const line = [a.billingStreet?.replace(/\s*\n\s*/g, ', '), cityLine, a.billingCountry].filter(Boolean).join(', ');
  return line || null;
}
