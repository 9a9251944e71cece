/**
 * Text folding for search: a person types without diacritics, in any case, with the letter
 * forms their keyboard has. Both the labels and the query go through the same folding, so
 * "Kök", "kok" and "KÖK" meet, and so do Arabic "أ", "إ" and "ا" or Persian "ی" and Arabic "ي".
 */

// Letters that Unicode does not decompose into a base letter and a mark.
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  // Arabic script: the forms that keyboards and writers use interchangeably.
  ى: 'ی',
  ي: 'ی',
  ك: 'ک',
  ة: 'ه',
  ۀ: 'ه',
  ە: 'ه',
  ٱ: 'ا',
  ـ: '',
  // Arabic-Indic and Persian digits.
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
  '۰': '0',
  '۱': '1',
  '۲': '2',
  '۳': '3',
  '۴': '4',
  '۵': '5',
  '۶': '6',
  '۷': '7',
  '۸': '8',
  '۹': '9',
};

const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');
// Combining marks (Latin diacritics, Arabic vowel signs and hamza, the Cyrillic breve) and
// format characters such as zero-width joiners and direction marks.
const MARKS = /[\p{M}\p{Cf}]/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const ASCII = /^[\x20-\x7e]*$/;

/** Lower case, compatibility-decomposed, without marks: the form labels are compared in. */
export function foldText(text: string): string {
  // Most labels are plain ASCII (ESCO in English): nothing to decompose or map.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(SPECIAL, (c) => LETTERS[c] ?? c);
}

/** The folded words of a text, in order; punctuation and spaces separate words. */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(SEPARATORS)
    .filter((word) => word !== '');
}
