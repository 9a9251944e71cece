import type { ValidSnapshot } from '../../core/snapshot/verify.ts';
import { Sentence } from '../components/AuthorText.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';

/** What the person wrote about the link itself, shown as their statement, outside the verified card. */
export function StatedByPerson({ result }: { result: ValidSnapshot }) {
  const { t } = useTranslation();
  if (result.for === undefined || result.for === '') return null;
  return (
    <section className="stated" aria-labelledby="stated-heading" data-testid="stated">
      <h2 id="stated-heading">{t('viewer.stated.heading')}</h2>
      <p>
        <Sentence k="viewer.stated.for" author={{ recipient: result.for }} />
      </p>
    </section>
  );
}
