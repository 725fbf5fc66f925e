import { z } from 'zod';
import { readableAccent } from './contrast';

/** Where the consultant's branding is kept (this browser only). */
export const BRANDING_KEY = 'model-portfolio-advisor:branding';

/** The largest logo accepted, in bytes of the image file. */
export const MAX_LOGO_BYTES = 500 * 1024;
export const DEFAULT_ACCENT = '#1f4e79';

const LOGO = /^data:image\/(png|jpeg);base64,(iVBORw0KGgo|\/9j\/)[A-Za-z0-9+/=]*$/;

/** Who prepared the report and how it looks. @example Branding.parse({ preparedBy: 'Ada', firm: 'Lovelace & Co', logo: null, accent: '#1f4e79' }) */
export const Branding = z.strictObject({
  preparedBy: z.string().trim().max(80, 'must be at most 80 characters'),
  firm: z.string().trim().max(80, 'must be at most 80 characters'),
  logo: z
    .string()
    .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 40, 'is larger than 500 KB')
    .regex(LOGO, 'must be a PNG or JPEG image')
    .nullable(),
  accent: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f4e79'),
});
export type Branding = z.infer<typeof Branding>;

export const EMPTY_BRANDING: Branding = { preparedBy: '', firm: '', logo: null, accent: DEFAULT_ACCENT };

export type LoadedBranding = { branding: Branding; notice: string | null };

/**
 * Reads the saved branding; anything unreadable is ignored (and reported), never thrown.
 * @example loadBranding(null) // { branding: EMPTY_BRANDING, notice: null }
 */
export function loadBranding(storage: Pick<Storage, 'getItem'> | null): LoadedBranding {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(BRANDING_KEY) ?? null;
  } catch {
    return { branding: EMPTY_BRANDING, notice: null };
  }
  if (raw === null) return { branding: EMPTY_BRANDING, notice: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  const parsed = Branding.safeParse(data);
  if (parsed.success) return { branding: parsed.data, notice: null };
  return {
    branding: EMPTY_BRANDING,
    notice: 'The saved report branding could not be read and was ignored. Enter it again below.',
  };
}

/** Saves the branding; says why when it cannot instead of throwing. */
export function saveBranding(storage: Pick<Storage, 'setItem'> | null, branding: Branding): string | null {
  if (!storage) return 'This browser does not let the page keep data, so the branding is used for this visit only.';
  try {
    storage.setItem(BRANDING_KEY, JSON.stringify(branding));
    return null;
  } catch {
    return 'Browser storage is full, so the branding is used for this visit only.';
  }
}

/**
 * Why a chosen logo file cannot be used, or null when it can.
 * @example logoFileProblem({ type: 'image/gif', size: 10 }) // 'The logo must be a PNG or JPEG image; this file is image/gif.'
 */
export function logoFileProblem(file: { type: string; size: number }): string | null {
  if (file.type !== 'image/png' && file.type !== 'image/jpeg')
    return `The logo must be a PNG or JPEG image; this file is ${file.type || 'of an unknown type'}.`;
  if (file.size > MAX_LOGO_BYTES)
    return `The logo must be at most 500 KB; this file is ${Math.ceil(file.size / 1024)} KB. Save a smaller version and choose it again.`;
  return null;
}

/** Checks a data URL read from a logo file: the bytes must really be PNG or JPEG. */
export function logoDataProblem(dataUrl: string): string | null {
  return LOGO.test(dataUrl) ? null : 'The file does not look like a PNG or JPEG image inside. Export it again as PNG or JPEG.';
}

/** The accent colour the report draws with. @example reportAccent({ ...EMPTY_BRANDING, accent: '#ffff00' }).adjusted // true */
export function reportAccent(branding: Pick<Branding, 'accent'>) {
  return readableAccent(branding.accent);
}
