/*
 * Error messages from drivers and libraries can quote values ("Duplicate entry '…'"). Before such
 * text reaches a log line, anything shaped like a national ID number (18 or 15 digits) or a mainland
 * mobile number is replaced, so a personal number never lands in a log (DESIGN §4).
 */
const PERSONAL_NUMBER = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15}|(?:\+?86[- ]?)?1[3-9]\d{9})(?![0-9A-Za-z])/g;

export function scrubPersonalNumbers(text: string): string {
  return text.replace(PERSONAL_NUMBER, '[redacted]');
}
