import type { ReactNode } from 'react';
import { CEFR_SKILLS, type ListSection } from '../../core/profile/codes.ts';
import type { SharedProfile } from '../../core/profile/types.ts';
import {
  CatalogueAttribution,
  CatalogueStatusNote,
  CodedHeading,
  CodedList,
} from '../catalogue/CodedValue.tsx';
import { CatalogueLabelsContext, useCatalogueLabels } from '../catalogue/useCatalogueLabels.ts';
import { Tx } from '../i18n/Bilingual.tsx';
import { countryName, formatPartialDate, languageName } from '../i18n/displayNames.ts';
import { useTranslation } from '../i18n/useTranslation.ts';

interface ProfileCvProps {
  profile: SharedProfile;
  /** Rendered under a section's heading, e.g. an "Edit" link in the holder's overview. */
  sectionAction?: (section: ListSection | 'person' | 'wishes') => ReactNode;
  /** Shown instead of an empty section; without it empty sections are left out. */
  emptySection?: (section: ListSection | 'wishes') => ReactNode;
  /** Rendered inside an entry, under its heading, e.g. the viewer's endorsement marks (found by id). */
  entryMark?: (section: ListSection, entryId: string) => ReactNode;
}

/**
 * The profile as a CV. Coded values are shown in the reader's language; free text exactly as
 * typed, as text (never HTML), marked with the language it was written in.
 */
export function ProfileCv({ profile, sectionAction, emptySection, entryMark }: ProfileCvProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  // Coded occupations and skills are named from the catalogue, fetched once the CV is shown.
  const labels = useCatalogueLabels(profile, locale);
  const freeText = { lang: profile.lang, dir: 'auto' as const };
  const period = (from?: string, to?: string, ongoing?: boolean) => {
    if (!from && !to && !ongoing) return null;
    const end = ongoing ? t('cv.ongoing') : formatPartialDate(to, locale);
    return (
      <span className="period">
        {formatPartialDate(from, locale)}
        {(from || end) && ' – '}
        {end}
      </span>
    );
  };
  const person = profile.person ?? {};
  const name = [person.givenName, person.familyName].filter(Boolean).join(' ');
  const section = (key: ListSection | 'wishes', heading: string, body: ReactNode, isEmpty: boolean) => {
    if (isEmpty && !emptySection) return null;
    return (
      <section className="cv-section" aria-labelledby={`cv-${key}`}>
        <div className="cv-section-head">
          <h2 id={`cv-${key}`}>
            <Tx k={heading} />
          </h2>
          {sectionAction?.(key)}
        </div>
        {isEmpty ? emptySection?.(key) : body}
      </section>
    );
  };

  return (
    <CatalogueLabelsContext.Provider value={labels}>
      <article className="cv">
        <CatalogueStatusNote />
        <header className="cv-person">
          <div className="cv-section-head">
            <h1 {...freeText}>{name || t('cv.noName')}</h1>
            {sectionAction?.('person')}
          </div>
          <dl className="cv-facts">
            {person.birthYear !== undefined && (
              <>
                <dt>{t('fields.birthYear')}</dt>
                <dd>{person.birthYear}</dd>
              </>
            )}
            {person.municipality && (
              <>
                <dt>{t('fields.municipality')}</dt>
                <dd {...freeText}>{person.municipality}</dd>
              </>
            )}
            {person.phone && (
              <>
                <dt>{t('fields.phone')}</dt>
                <dd dir="ltr">{person.phone}</dd>
              </>
            )}
            {person.email && (
              <>
                <dt>{t('fields.email')}</dt>
                <dd dir="ltr">{person.email}</dd>
              </>
            )}
          </dl>
          {person.about && (
            <p className="cv-about" {...freeText}>
              {person.about}
            </p>
          )}
        </header>

        {section(
          'work',
          'sections.work',
          <ul className="cv-list">
            {profile.work?.map((entry) => (
              <li key={entry.id}>
                <CodedHeading
                  kind="occupation"
                  code={entry.occupation}
                  ownWords={entry.title}
                  textLang={profile.lang}
                />
                {entryMark?.('work', entry.id)}
                <p className="cv-meta">
                  <span className="badge">{t(`codes.workKind.${entry.kind}`)}</span>
                  {entry.employer && <span {...freeText}>{entry.employer}</span>}
                  {entry.country && <span>{countryName(entry.country, locale)}</span>}
                  {period(entry.from, entry.to, entry.ongoing)}
                </p>
                {entry.tasks && (
                  <p className="cv-text" {...freeText}>
                    {entry.tasks}
                  </p>
                )}
              </li>
            ))}
          </ul>,
          !profile.work?.length,
        )}

        {section(
          'education',
          'sections.education',
          <ul className="cv-list">
            {profile.education?.map((entry) => (
              <li key={entry.id}>
                <h3 {...freeText}>{entry.title}</h3>
                {entryMark?.('education', entry.id)}
                <p className="cv-meta">
                  {entry.isced !== undefined && (
                    <span className="badge">{t(`codes.isced.${entry.isced}`)}</span>
                  )}
                  {entry.institution && <span {...freeText}>{entry.institution}</span>}
                  {entry.country && <span>{countryName(entry.country, locale)}</span>}
                  {period(entry.from, entry.to, entry.ongoing)}
                </p>
                {entry.field && (
                  <p {...freeText}>
                    {t('fields.field')}: {entry.field}
                  </p>
                )}
                <p className="cv-flags">
                  {entry.completed !== undefined && (
                    <span>{entry.completed ? t('cv.completed') : t('cv.notCompleted')}</span>
                  )}
                  {entry.hasDocuments !== undefined && (
                    <span>{entry.hasDocuments ? t('cv.hasDocuments') : t('cv.noDocuments')}</span>
                  )}
                </p>
                {entry.recognition && (
                  <p {...freeText}>
                    {t('fields.recognition')}: {entry.recognition}
                  </p>
                )}
              </li>
            ))}
          </ul>,
          !profile.education?.length,
        )}

        {section(
          'languages',
          'sections.languages',
          <ul className="cv-list">
            {profile.languages?.map((entry) => (
              <li key={entry.id}>
                <h3>
                  {languageName(entry.lang, locale)}
                  {entry.mother && <span className="badge">{t('cv.motherTongue')}</span>}
                  {entry.sfi && <span className="badge">{t('cv.sfiCourse', { course: entry.sfi })}</span>}
                </h3>
                {entryMark?.('languages', entry.id)}
                {entry.levels && (
                  <table className="cefr-table">
                    <caption className="visually-hidden">
                      {t('cv.cefrCaption', { language: languageName(entry.lang, locale) })}
                    </caption>
                    <tbody>
                      {CEFR_SKILLS.map((skill) => {
                        const level = entry.levels?.[skill];
                        return (
                          <tr key={skill}>
                            <th scope="row">{t(`codes.cefrSkill.${skill}`)}</th>
                            <td>
                              {level ? (
                                <>
                                  <span className="cefr-level">{level}</span> {t(`codes.cefr.${level}`)}
                                </>
                              ) : (
                                t('common.notStated')
                              )}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                )}
              </li>
            ))}
          </ul>,
          !profile.languages?.length,
        )}

        {section(
          'skills',
          'sections.skills',
          <ul className="cv-list cv-skills">
            {profile.skills?.map((entry) => (
              <li key={entry.id}>
                <CodedHeading kind="skill" code={entry.ref} ownWords={entry.label} textLang={profile.lang} />
                {entryMark?.('skills', entry.id)}
                {entry.level !== undefined && (
                  <p className="cv-meta">
                    <span className="level-dots" aria-hidden="true">
                      {'●'.repeat(entry.level)}
                      {'○'.repeat(4 - entry.level)}
                    </span>
                    <span>{t(`codes.skillLevel.${entry.level}`)}</span>
                  </p>
                )}
                {entry.evidence && (
                  <p className="cv-text" {...freeText}>
                    {entry.evidence}
                  </p>
                )}
              </li>
            ))}
          </ul>,
          !profile.skills?.length,
        )}

        {section(
          'licences',
          'sections.licences',
          <ul className="cv-list">
            {profile.licences?.map((entry) =>
              entry.kind === 'driving' ? (
                <li key={entry.id}>
                  <h3>{t('cv.drivingLicence', { category: entry.category })}</h3>
                  {entryMark?.('licences', entry.id)}
                  <p className="cv-meta">{t(`codes.driving.${entry.category}`)}</p>
                </li>
              ) : (
                <li key={entry.id}>
                  <h3 {...freeText}>{entry.label}</h3>
                  {entryMark?.('licences', entry.id)}
                  <p className="cv-meta">
                    {entry.issuer && <span {...freeText}>{entry.issuer}</span>}
                    {entry.date && <span>{formatPartialDate(entry.date, locale)}</span>}
                  </p>
                </li>
              ),
            )}
          </ul>,
          !profile.licences?.length,
        )}

        {section(
          'wishes',
          'sections.wishes',
          <dl className="cv-facts">
            {profile.wishes?.occupations?.length ? (
              <>
                <dt>{t('fields.wishOccupations')}</dt>
                <dd {...freeText}>{profile.wishes.occupations.join(', ')}</dd>
              </>
            ) : null}
            {profile.wishes?.occupationCodes?.length ? (
              <>
                <dt>{t('catalogue.wishesFromList')}</dt>
                <dd>
                  <CodedList kind="occupation" codes={profile.wishes.occupationCodes} />
                </dd>
              </>
            ) : null}
            {profile.wishes?.workTime && (
              <>
                <dt>{t('fields.workTime')}</dt>
                <dd>{t(`codes.workTime.${profile.wishes.workTime}`)}</dd>
              </>
            )}
            {profile.wishes?.regions?.length ? (
              <>
                <dt>{t('fields.regions')}</dt>
                <dd {...freeText}>{profile.wishes.regions.join(', ')}</dd>
              </>
            ) : null}
            {profile.wishes?.studies && (
              <>
                <dt>{t('fields.studies')}</dt>
                <dd {...freeText}>{profile.wishes.studies}</dd>
              </>
            )}
            {profile.wishes?.drivers && (
              <>
                <dt>{t('fields.drivers')}</dt>
                <dd {...freeText}>{profile.wishes.drivers}</dd>
              </>
            )}
          </dl>,
          !profile.wishes || Object.keys(profile.wishes).length === 0,
        )}
        <CatalogueAttribution />
      </article>
    </CatalogueLabelsContext.Provider>
  );
}
