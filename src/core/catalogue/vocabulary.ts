/**
 * The distinct words of a catalogue in a trie, searched with a bounded edit distance: a query
 * word matches every word that has a prefix within `maxEdits` edits of it (insertions,
 * deletions, substitutions and swaps of neighbours). Walking the trie shares the work between
 * words with a common beginning and stops where no prefix can come close enough, so a keystroke
 * visits a few hundred nodes instead of every word.
 */

export interface WordMatch {
  /** Index of the word in `Vocabulary.words`. */
  word: number;
  /** Edits between the query word and the closest prefix of the matched word. */
  edits: number;
}

export interface Vocabulary {
  /** Distinct words, sorted by code unit. */
  readonly words: readonly string[];
  match(query: string, maxEdits: number): WordMatch[];
}

interface Trie {
  /** Per node: the code unit on the edge into it, its first child, its next sibling. */
  char: Uint16Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** Per node: the words below it are words[lo .. hi). */
  lo: Int32Array;
  hi: Int32Array;
}

function buildTrie(words: readonly string[]): Trie {
  const capacity = words.reduce((sum, word) => sum + word.length, 1);
  const trie: Trie = {
    char: new Uint16Array(capacity),
    firstChild: new Int32Array(capacity).fill(-1),
    nextSibling: new Int32Array(capacity).fill(-1),
    lo: new Int32Array(capacity),
    hi: new Int32Array(capacity),
  };
  let size = 1;
  trie.hi[0] = words.length;
  // Words are sorted, so a word shares a path with the previous one and then branches off:
  // `path[d]` is the node at depth d of the previous word, `lastChild` lets us append.
  const path: number[] = [0];
  const lastChild = new Int32Array(capacity).fill(-1);
  let previous = '';
  words.forEach((word, index) => {
    let common = 0;
    while (common < word.length && common < previous.length && word[common] === previous[common]) common++;
    for (let depth = common; depth < word.length; depth++) {
      const parent = path[depth]!;
      const node = size++;
      trie.char[node] = word.charCodeAt(depth);
      trie.lo[node] = index;
      if (lastChild[parent] === -1) trie.firstChild[parent] = node;
      else trie.nextSibling[lastChild[parent]!] = node;
      lastChild[parent] = node;
      path[depth + 1] = node;
    }
    for (let depth = 1; depth <= word.length; depth++) trie.hi[path[depth]!] = index + 1;
    path.length = word.length + 1;
    previous = word;
  });
  return trie;
}

export function buildVocabulary(distinctWords: Iterable<string>): Vocabulary {
  const words = [...new Set(distinctWords)].filter((word) => word !== '').sort();
  const trie = buildTrie(words);
  // Scratch space for one search: a dynamic-programming row per depth of the walk, and the
  // fewest edits found so far per word (valid where `stamp` holds the current search's number).
  let rows: Int32Array[] = [];
  const fewest = new Uint8Array(words.length);
  const stamp = new Uint32Array(words.length);
  let searchNumber = 0;

  function match(query: string, maxEdits: number): WordMatch[] {
    const n = query.length;
    if (n === 0) return [];
    const maxDepth = n + maxEdits;
    if (rows.length <= maxDepth || (rows[0]?.length ?? 0) < n + 1)
      rows = Array.from({ length: maxDepth + 2 }, () => new Int32Array(n + 1));
    const first = rows[0]!;
    for (let i = 0; i <= n; i++) first[i] = i;
    const found: [lo: number, hi: number, edits: number][] = [];

    const visit = (node: number, depth: number, parentChar: number): void => {
      const row = rows[depth]!;
      const above = rows[depth - 1]!;
      const aboveTwo = depth >= 2 ? rows[depth - 2]! : undefined;
      const c = trie.char[node]!;
      row[0] = depth;
      let smallest = row[0];
      for (let i = 1; i <= n; i++) {
        const q = query.charCodeAt(i - 1);
        let cost = Math.min(above[i]! + 1, row[i - 1]! + 1, above[i - 1]! + (q === c ? 0 : 1));
        // A swap of two neighbouring letters counts as one edit ("kcok" for "kock").
        if (aboveTwo && i >= 2 && q === parentChar && query.charCodeAt(i - 2) === c)
          cost = Math.min(cost, aboveTwo[i - 2]! + 1);
        row[i] = cost;
        if (cost < smallest) smallest = cost;
      }
      if (row[n]! <= maxEdits) found.push([trie.lo[node]!, trie.hi[node]!, row[n]!]);
      if (smallest > maxEdits || depth >= maxDepth || row[n] === 0) return;
      for (let child = trie.firstChild[node]!; child !== -1; child = trie.nextSibling[child]!)
        visit(child, depth + 1, c);
    };
    for (let child = trie.firstChild[0]!; child !== -1; child = trie.nextSibling[child]!) visit(child, 1, -1);

    searchNumber++;
    const matched: number[] = [];
    for (const [lo, hi, edits] of found) {
      for (let word = lo; word < hi; word++) {
        if (stamp[word] !== searchNumber) {
          stamp[word] = searchNumber;
          fewest[word] = edits;
          matched.push(word);
        } else if (edits < fewest[word]!) fewest[word] = edits;
      }
    }
    return matched.map((word) => ({ word, edits: fewest[word]! }));
  }

  return { words, match };
}
