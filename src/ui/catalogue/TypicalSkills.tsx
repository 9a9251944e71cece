import './catalogue.css';
import { useEffect, useId, useState } from 'react';
import { type ConceptRef, refKey } from '../../core/catalogue/refs.ts';
import { randomId } from '../../core/ids.ts';
import { Icon } from '../components/Icon.tsx';
import { useSaver } from '../components/Toast.tsx';
import { addEntry } from '../holder/profileActions.ts';
import { isReady, useProfile } from '../hooks/useProfile.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import type { TypicalSkill } from './typicalSkills.ts';

/**
 * After an occupation is chosen, the skills that are typical for it, as buttons: the person adds
 * the ones they have, one by one. Nothing is added unasked.
 */
export function TypicalSkills({ occupation }: { occupation: ConceptRef }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const save = useSaver();
  const state = useProfile(i18n.language);
  const [skills, setSkills] = useState<TypicalSkill[]>([]);
  const lang = i18n.language;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the occupation is its scheme and code
  useEffect(() => {
    let live = true;
    setSkills([]);
    import('./typicalSkills.ts')
      .then(({ loadTypicalSkills }) => loadTypicalSkills(occupation, lang))
      .then(
        (loaded) => live && loaded.ok && setSkills(loaded.value),
        // Offline and not cached: no suggestions, nothing else changes.
        () => {},
      );
    return () => {
      live = false;
    };
  }, [occupation.scheme, occupation.code, lang]);

  if (skills.length === 0) return null;
  const have = new Set(
    isReady(state) ? state.profile.skills.flatMap((skill) => (skill.ref ? [refKey(skill.ref)] : [])) : [],
  );
  return (
    <section className="typical-skills-box" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('catalogue.typicalSkills')}</h3>
      <p className="hint">{t('catalogue.typicalSkillsHint')}</p>
      <ul className="typical-skills">
        {skills.map((skill) => (
          <li key={refKey(skill.ref)}>
            {have.has(refKey(skill.ref)) ? (
              <span className="chosen-code">
                <Icon name="check" />
                <span className="visually-hidden">{t('catalogue.added')}: </span>
                <span lang={skill.label.lang}>{skill.label.text}</span>
              </span>
            ) : (
              <button
                type="button"
                className="button button-small"
                aria-label={`${t('catalogue.addSkill')}: ${skill.label.text}`}
                onClick={() =>
                  void save(addEntry('skills', { id: randomId(), label: skill.label.text, ref: skill.ref }))
                }
              >
                <Icon name="plus" />
                <span lang={skill.label.lang}>{skill.label.text}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
