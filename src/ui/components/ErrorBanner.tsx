import { useTranslation } from '../i18n/useTranslation.ts';

/**
 * Why something the person asked for did not happen, read out at once (role="alert"): shown
 * while `message` (a translation key, or keys most specific first) is set, nothing otherwise.
 */
export function ErrorBanner({
  message,
  testId,
}: {
  message: string | readonly string[] | null | undefined;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!message || message.length === 0) return null;
  return (
    <p className="banner banner-error" role="alert" data-testid={testId}>
      {t(message)}
    </p>
  );
}
