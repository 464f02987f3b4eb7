/**
 * The customer's own word: each assessment names the people it serves in its sector's word
 * (tenant for a housing association, resident for a municipality, ...). Framework texts say
 * `{{customers}}`, `{{Customer}}`, `{{customerIn}}reis` and so on; this module supplies those
 * variables from the forms in the `framework` namespace (`customerWords.<word>.one|many|compound`).
 * Terms that stay fixed whatever the word (klantbeleving, customer experience, ...) are listed in
 * docs/terminology.md. Pure: no i18next here, only the translate function passed in.
 */

export const CUSTOMER_WORDS = [
  'customer',
  'tenant',
  'resident',
  'client',
  'patient',
  'guest',
] as const;
export type CustomerWord = (typeof CUSTOMER_WORDS)[number];
export const DEFAULT_CUSTOMER_WORD: CustomerWord = 'customer';

/** A translate function, i18next style: a key (possibly `namespace:key`) and variables. */
export type Translate = (key: string, vars?: Record<string, unknown>) => string;

/** The interpolation variables every framework text may use. */
export type CustomerWordVars = {
  /** Singular: klant, huurder; customer, tenant. */
  customer: string;
  /** Plural: klanten, huurders; customers, tenants. */
  customers: string;
  /** The form inside a compound: klant(reis), huurders(reis), inwoners(panel); in English the singular. */
  customerIn: string;
  /** Capitalised, for the start of a sentence. */
  Customer: string;
  Customers: string;
  CustomerIn: string;
};

export function isCustomerWord(value: unknown): value is CustomerWord {
  return typeof value === 'string' && (CUSTOMER_WORDS as readonly string[]).includes(value);
}

/**
 * The word an assessment (or any record read from storage) chose; 'customer' when it has none,
 * as in data saved before the choice existed, or an unknown one.
 */
export function customerWordOf(assessment: unknown): CustomerWord {
  if (assessment === null || typeof assessment !== 'object') return DEFAULT_CUSTOMER_WORD;
  const meta = (assessment as { meta?: unknown }).meta;
  if (meta === null || typeof meta !== 'object') return DEFAULT_CUSTOMER_WORD;
  const word = (meta as { customerWord?: unknown }).customerWord;
  return isCustomerWord(word) ? word : DEFAULT_CUSTOMER_WORD;
}

/** Upper-cases the first letter (klant -> Klant, cliënt -> Cliënt). */
function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1);
}

/** i18n key (namespace `framework`) of one form of a word. */
export function customerWordKey(word: CustomerWord, form: 'one' | 'many' | 'compound'): string {
  return `customerWords.${word}.${form}`;
}

/**
 * The six variables for a word, read through `t`.
 * @param t translates keys of the `framework` namespace (pass `prefix` when it needs `framework:`)
 * @param prefix put before every key, e.g. 'framework:' for a translate bound to no namespace
 */
export function customerWordVars(t: Translate, word: CustomerWord, prefix = ''): CustomerWordVars {
  const one = t(`${prefix}${customerWordKey(word, 'one')}`);
  const many = t(`${prefix}${customerWordKey(word, 'many')}`);
  const compound = t(`${prefix}${customerWordKey(word, 'compound')}`);
  return {
    customer: one,
    customers: many,
    customerIn: compound,
    Customer: capitalise(one),
    Customers: capitalise(many),
    CustomerIn: capitalise(compound),
  };
}

/**
 * Wraps a translate function so that every text it returns gets the customer word's variables
 * (statements, descriptors, next steps, evidence...). Variables passed by the caller win.
 *
 * @example
 * // the report model, whose t takes 'framework:' keys:
 * const fw = withCustomerWord(t, customerWordOf(assessment), 'framework:');
 * fw('framework:elements.monitoring.statements.mo-7'); // "… how often tenants say …"
 * @param t the translate function to wrap (bound to a language)
 * @param word the assessment's word, see customerWordOf()
 * @param prefix put before the customerWords keys when `t` needs a namespace, e.g. 'framework:'
 */
export function withCustomerWord(t: Translate, word: CustomerWord, prefix = ''): Translate {
  const vars = customerWordVars(t, word, prefix);
  return (key, extra) => t(key, extra ? { ...vars, ...extra } : vars);
}
