/**
 * A file name that every operating system accepts: no reserved characters (<>:"/\|?*), no control
 * characters, no trailing dots or spaces, no reserved Windows names (CON, NUL, ...), at most 120
 * characters before the extension. Letters of any script stay: 'Zoë Łódź' is a fine name.
 */
export function safeFileName(parts: readonly string[], extension: string): string {
  const joined = parts
    .map((p) => p.normalize('NFC').trim())
    .filter((p) => p.length > 0)
    .join(' - ');
  let name = joined
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  name = Array.from(name)
    .slice(0, 120)
    .join('')
    .replace(/[. ]+$/g, '')
    .replace(/^[. ]+/g, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name)) name = `_${name}`;
  if (name.length === 0) name = 'se-radar';
  return `${name}.${extension}`;
}
