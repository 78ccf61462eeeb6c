interface Address {
  street?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

/** The postal address on one line (for display and a maps link), or '' when there is none. */
export function leadAddress(a: Address): string {
  const cityLine = [a.postalCode, a.city, a.state].filter(Boolean).join(' ');
  return [a.street, cityLine, a.country].filter(Boolean).join(', ');
}
