// Test helper: is a text the bot says plain enough for clients with low literacy?
// Rule: Flesch reading ease at least 70 and sentences of 15 words or fewer on average.
// Texts under 3 words (button labels) always pass. Labels of 3 or 4 words are checked for long
// words instead: on so few words one longer word swings the Flesch score by 30 points, so
// "Disagree a lot" or "Money or benefits" would fail while saying nothing about readability.
import { flesch } from 'flesch';
import { syllable } from 'syllable';

export const MIN_READING_EASE = 70;
export const MAX_AVERAGE_SENTENCE_WORDS = 15;
export const MAX_LABEL_WORD_SYLLABLES = 3;
const SHORT_TEXT_WORDS = 3;
const LABEL_WORDS = 5;

export type PlainLanguageResult = {
  ok: boolean;
  readingEase: number;
  averageSentenceWords: number;
  problems: string[];
};

function stripEmojiAndMarkdown(text: string): string {
  return text
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~#>|]/g, ' ');
}

// Each line is its own sentence: chat messages use line breaks and bullets where prose uses full stops.
function sentencesOf(text: string): string[][] {
  return stripEmojiAndMarkdown(text)
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-•]|\d+[.)])\s+/, ''))
    .flatMap((line) => line.split(/[.!?]+(?=\s|$)/))
    .map((sentence) => sentence.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [])
    .filter((words) => words.length > 0);
}

// syllable() counts letters only; a number such as "7" or "10" is read aloud as one syllable.
function syllablesIn(word: string): number {
  return Math.max(1, syllable(word));
}

export function checkPlainLanguage(text: string): PlainLanguageResult {
  const sentences = sentencesOf(text);
  const words = sentences.flat();
  if (words.length === 0) return { ok: true, readingEase: 120, averageSentenceWords: 0, problems: [] };

  const syllables = words.reduce((total, word) => total + syllablesIn(word), 0);
  const readingEase = flesch({ sentence: sentences.length, word: words.length, syllable: syllables });
  const averageSentenceWords = words.length / sentences.length;
  if (words.length < SHORT_TEXT_WORDS) return { ok: true, readingEase, averageSentenceWords, problems: [] };

  const problems: string[] = [];
  if (words.length < LABEL_WORDS) {
    const longWords = words.filter((word) => syllablesIn(word) > MAX_LABEL_WORD_SYLLABLES);
    if (longWords.length > 0) problems.push(`Short label with long words: ${longWords.join(', ')}.`);
    return { ok: problems.length === 0, readingEase, averageSentenceWords, problems };
  }
  if (readingEase < MIN_READING_EASE) {
    problems.push(`Reading ease ${readingEase.toFixed(1)} is below ${MIN_READING_EASE}: use shorter words.`);
  }
  if (averageSentenceWords > MAX_AVERAGE_SENTENCE_WORDS) {
    problems.push(
      `Sentences average ${averageSentenceWords.toFixed(1)} words, more than ${MAX_AVERAGE_SENTENCE_WORDS}: split them.`,
    );
  }
  return { ok: problems.length === 0, readingEase, averageSentenceWords, problems };
}
