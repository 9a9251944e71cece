import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { CatalogueReason } from '../../core/catalogue/format.ts';
import { type CodedRefs, codedRefsOf } from '../../core/catalogue/refs.ts';
import type { SharedProfile } from '../../core/profile/types.ts';
import type { Labels } from './labels.ts';

export type LabelsState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; labels: Labels }
  | { status: 'failed'; reason: CatalogueReason };

/** The labels of the coded values on screen, for the components that show them. */
export const CatalogueLabelsContext = createContext<LabelsState>({ status: 'none' });

export const useLabelsState = () => useContext(CatalogueLabelsContext);

const isEmpty = (refs: CodedRefs) => refs.occupations.length + refs.skills.length === 0;

/**
 * Loads, once the values are on screen, the packs that name these codes in the reader's
 * language. The loading code and the packs are fetched only when there are codes to name;
 * offline and uncached, the state says why and the codes are shown instead.
 */
export function useCodedLabels(refs: CodedRefs, lang: string): LabelsState {
  const key = `${lang} ${JSON.stringify(refs)}`;
  const [state, setState] = useState<LabelsState>({ status: 'none' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for refs and lang
  useEffect(() => {
    if (isEmpty(refs)) {
      setState({ status: 'none' });
      return;
    }
    let live = true;
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    import('./labels.ts')
      .then(({ loadLabels }) => loadLabels(refs, lang))
      .then(
        (loaded) => {
          if (!live) return;
          setState(
            loaded.ok
              ? { status: 'ready', labels: loaded.value }
              : { status: 'failed', reason: loaded.reason },
          );
        },
        // The loading code itself could not be fetched: offline before it was cached.
        () => live && setState({ status: 'failed', reason: 'catalogue_unavailable' }),
      );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}

/** The labels for every coded occupation and skill of a profile (the CV, the viewer). */
export function useCatalogueLabels(profile: SharedProfile, lang: string): LabelsState {
  return useCodedLabels(
    useMemo(() => codedRefsOf(profile), [profile]),
    lang,
  );
}
