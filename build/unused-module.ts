/**
 * Stands in for jsPDF's optional helpers (html2canvas and DOMPurify for doc.html(), canvg for
 * addSvgAsImage). jsPDF reaches them only through import() inside those two methods, which SE Radar
 * never calls; aliasing them here keeps about 380 KB of unused code out of dist/ and out of the
 * offline precache. Should a future change call one of them, it fails loudly instead of silently.
 */
export default function notBundled(): never {
  throw new Error('SE Radar does not bundle this jsPDF helper (doc.html / addSvgAsImage).');
}
