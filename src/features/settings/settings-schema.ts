import { z } from '../../model/zod';
import { LIMITS } from '../../model/schema';
import { contrastOnWhite, isHexColour, MIN_CONTRAST } from './contrast';

/**
 * The branding form. Messages are i18n keys (namespace common). The logo is not a text field:
 * it is processed from a file and kept beside the form (see LogoField).
 */
export const brandingFormSchema = z.object({
  consultantName: z.string().max(LIMITS.shortText, { error: 'settings.errors.tooLong' }),
  company: z.string().max(LIMITS.shortText, { error: 'settings.errors.tooLong' }),
  accentColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'settings.errors.colourFormat' })
    .refine((c) => !isHexColour(c) || contrastOnWhite(c) >= MIN_CONTRAST, {
      error: 'settings.errors.lowContrast',
    }),
});

export type BrandingForm = z.infer<typeof brandingFormSchema>;
