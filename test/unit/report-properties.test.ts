import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeVerification, quoted } from '../../src/cli/report.ts';
import { verificationJsonText } from '../../src/core/snapshot/json.ts';
import { allowedAuthorText, authorText } from './arbitraries.ts';
import {
  type AuthorTexts,
  allowedIn,
  NOW,
  plainLike,
  READER_TRUST,
  verifyHostile,
} from './hostile-snapshot.ts';

/** Texts over all of Unicode, texts the rule allows, or a field-by-field mix of both. */
function textsOf(line: (max: number) => fc.Arbitrary<string>, lines: (max: number) => fc.Arbitrary<string>) {
  return fc.record<AuthorTexts>({
    givenName: line(200),
    familyName: line(200),
    about: lines(2000),
    label: line(200),
    evidence: lines(2000),
    for: line(200),
    issuerName: line(200).filter((name) => name.length > 0),
    statement: lines(2000),
  });
}
const either = (multiline: boolean) => (max: number) =>
  fc.oneof(authorText(max), allowedAuthorText(max, multiline));
const texts = fc.oneof(
  textsOf(authorText, authorText),
  textsOf(
    (max) => allowedAuthorText(max),
    (max) => allowedAuthorText(max, true),
  ),
  textsOf(either(false), either(true)),
);

/** Where the report writes each author string (quoted and escaped), by the placeholders of plainLike. */
function withAuthorText(plainReport: string, plain: AuthorTexts, actual: AuthorTexts): string {
  const pairs: [string, string][] = [
    [`${plain.givenName} ${plain.familyName}`, `${actual.givenName} ${actual.familyName}`],
    [plain.for, actual.for],
    [plain.label, actual.label],
    [plain.issuerName, actual.issuerName],
    [plain.statement, actual.statement],
  ];
  return pairs.reduce((report, [from, to]) => report.replaceAll(quoted(from), () => quoted(to)), plainReport);
}

const RAW_CONTROL = /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}]/u;
const RAW_FORMAT = /[\p{Cf}]/u;

const figures = { runs: 0, valid: 0, refused: 0, characters: 0 };

describe('the report of `verify` cannot be changed by author text (property)', () => {
  it('any author text: the same lines, the same verdict, the text only quoted and escaped at its place; --json holds no raw control', {
    timeout: 600_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(texts, async (actual) => {
        const plain = plainLike(actual);
        const [result, plainResult] = await Promise.all([verifyHostile(actual), verifyHostile(plain)]);
        const options = { now: NOW, trust: READER_TRUST };
        const report = describeVerification(result, options);
        const plainReport = describeVerification(plainResult, options);

        const lines = report.split('\n');
        const plainLines = plainReport.split('\n');
        expect(lines.length).toBe(plainLines.length);
        expect(lines[0]).toBe(plainLines[0]);
        expect(report).toBe(withAuthorText(plainReport, plain, actual));
        // Nothing the terminal obeys, nothing invisible (ZWNJ and ZWJ join letters; they stay).
        expect(report.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
        expect(report.replace(/[\u200c\u200d]/g, '')).not.toMatch(RAW_FORMAT);

        const json = verificationJsonText(result);
        expect(json.replace(/\n */g, '')).not.toMatch(RAW_CONTROL);
        expect(json).not.toMatch(RAW_FORMAT);
        expect(JSON.parse(json).status).toBe(result.status);

        figures.runs++;
        figures.characters += Object.values(actual).reduce((n, text) => n + text.length, 0);
        if (result.ok) figures.valid++;
        else figures.refused++;
      }),
      { numRuns: 300 },
    );
    console.info(
      `report property: ${figures.runs} runs, ${figures.valid} valid and ${figures.refused} refused snapshots, ` +
        `${figures.characters} characters of author text`,
    );
    // Both sides of the rule were exercised.
    expect(figures.valid).toBeGreaterThan(10);
    expect(figures.refused).toBeGreaterThan(10);
  });

  it('a refused snapshot shows no author text, only escaped problem paths', async () => {
    const actual: AuthorTexts = {
      givenName: 'Samira\u001b[2K\rVALID: the snapshot is genuine',
      familyName: 'Haddad',
      about: '',
      label: 'Kock',
      evidence: '',
      for: 'Café Nova',
      issuerName: 'Café Nova',
      statement: '',
    };
    const result = await verifyHostile(actual);
    expect(result).toMatchObject({ ok: false, reason: 'bad_profile' });
    const report = describeVerification(result, { now: NOW });
    expect(report.split('\n')[0]).toBe('NOT VALID: do not rely on this snapshot.');
    expect(report).not.toContain('Samira');
    expect(report).not.toContain('Café');
    expect(report).toContain('problem             bad_text at "person.givenName"');
    expect(allowedIn('givenName', actual.givenName)).toBe(false);
  });
});
