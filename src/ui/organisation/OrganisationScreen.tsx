import { useCallback, useEffect, useState } from 'react';
import type { OrganisationRecord } from '../../storage/db.ts';
import { getOrganisation } from '../../storage/organisationStore.ts';
import { Tx } from '../i18n/Bilingual.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import { ConfirmRequest } from './ConfirmRequest.tsx';
import { CreateOrganisation } from './CreateOrganisation.tsx';
import { OrganisationCard } from './OrganisationCard.tsx';
import './organisation.css';
import { ErrorBanner } from '../components/ErrorBanner.tsx';

/**
 * Organisation mode: a coordinator, a work-placement employer or a teacher confirms entries of
 * participants' profiles with the organisation's own key, kept on this device. A request opened
 * as a link (`#q1.…`) comes straight here.
 */
export default function OrganisationScreen({ request }: { request?: string }) {
  const { t } = useTranslation();
  const [organisation, setOrganisation] = useState<OrganisationRecord | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const load = useCallback(async () => {
    const stored = await getOrganisation();
    if (stored.ok) setOrganisation(stored.value ?? null);
    else setProblem(`storage.errors.${stored.reason}`);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="screen organisation-screen">
      <h1>
        <Tx k="organisation.title" />
      </h1>
      <p className="intro">{t('organisation.intro')}</p>
      <ErrorBanner message={problem} />
      {organisation === undefined && !problem && <p className="loading">{t('common.loading')}</p>}
      {organisation === null && <CreateOrganisation onCreated={(made) => setOrganisation(made)} />}
      {organisation && (
        <>
          <ConfirmRequest organisation={organisation} initial={request} />
          <OrganisationCard organisation={organisation} onChanged={() => void load()} />
        </>
      )}
      {organisation === null && request && <p className="hint">{t('organisation.requestWaits')}</p>}
    </div>
  );
}
