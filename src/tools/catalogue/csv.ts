/**
 * RFC 4180 CSV as ESCO publishes it: a byte-order mark, quoted fields that hold commas, doubled
 * quotes and line breaks, CRLF or LF. Every record keeps the line it starts on, so that a bad
 * row can be reported where a person finds it in an editor.
 */

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  cells: string[];
}

export interface RowProblem {
  line: number;
  reason: string;
}

export interface CsvResult {
  records: CsvRecord[];
  problems: RowProblem[];
}

export function parseCsv(text: string): CsvResult {
  const records: CsvRecord[] = [];
  const problems: RowProblem[] = [];
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let line = 1;
  let i = 0;
  while (i < input.length) {
    const start = line;
    const cells: string[] = [];
    let broken: string | undefined;
    for (;;) {
      let cell = '';
      if (input[i] === '"') {
        i++;
        let closed = false;
        while (i < input.length) {
          const c = input[i]!;
          if (c === '"') {
            if (input[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n') line++;
          cell += c;
          i++;
        }
        if (!closed) broken ??= 'a quoted field is not closed before the end of the file';
        // Text between a closing quote and the next separator is not CSV.
        if (i < input.length && input[i] !== ',' && input[i] !== '\n' && input[i] !== '\r') {
          broken ??= 'text after a closing quote';
          while (i < input.length && input[i] !== ',' && input[i] !== '\n' && input[i] !== '\r')
            cell += input[i++];
        }
      } else {
        while (i < input.length && input[i] !== ',' && input[i] !== '\n' && input[i] !== '\r') {
          if (input[i] === '"') broken ??= 'a quote inside an unquoted field';
          cell += input[i++];
        }
      }
      cells.push(cell);
      if (input[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (input[i] === '\r') i++;
    if (input[i] === '\n') i++;
    line++;
    const blank = cells.length === 1 && cells[0] === '';
    if (broken) problems.push({ line: start, reason: broken });
    else if (!blank) records.push({ line: start, cells });
  }
  return { records, problems };
}

export interface Table {
  rows: { line: number; get(column: string): string }[];
  problems: RowProblem[];
}

/**
 * A CSV file whose first record names the columns. Columns are found by name, so that ESCO
 * releases that add or reorder columns still import; a row with another number of cells than
 * the header is reported, not guessed at.
 */
export function readTable(text: string, required: readonly string[]): Table | { missing: string[] } {
  const { records, problems } = parseCsv(text);
  const header = records[0]?.cells.map((cell) => cell.trim()) ?? [];
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0) return { missing };
  const position = new Map(header.map((column, index) => [column, index]));
  const rows: Table['rows'] = [];
  for (const record of records.slice(1)) {
    if (record.cells.length !== header.length) {
      problems.push({
        line: record.line,
        reason: `${record.cells.length} fields where the header has ${header.length}`,
      });
      continue;
    }
    rows.push({ line: record.line, get: (column) => record.cells[position.get(column) ?? -1] ?? '' });
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows, problems };
}
