import { useTranslation } from '../i18n/useTranslation.ts';

/** Installed to the home screen: Safari then keeps the storage instead of deleting it after 7 days. */
export function isInstalled(): boolean {
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return standalone || (typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches);
}

/** Says plainly whether the app is installed, and what to do when it is not. */
export function InstallAdvice() {
  const { t } = useTranslation();
  const installed = isInstalled();
  return (
    <p data-testid="install-state">
      {installed ? t('storage.installed') : t('storage.notInstalled')}{' '}
      {!installed && <a href="#/backup">{t('storage.makeBackup')}</a>}
    </p>
  );
}
