import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { StorageResult } from '../../storage/errors.ts';
import { useTranslation } from '../i18n/useTranslation.ts';
import { Icon } from './Icon.tsx';

export interface ToastMessage {
  text: string;
  actionLabel?: string;
  onAction?: () => void;
  tone?: 'info' | 'error';
}

const ToastContext = createContext<(message: ToastMessage) => void>(() => {});

export function useToast(): (message: ToastMessage) => void {
  return useContext(ToastContext);
}

/** One message at a time, announced to screen readers, long enough to reach "Undo". */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<ToastMessage | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = useCallback((next: ToastMessage) => {
    setMessage(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(null), next.tone === 'error' ? 15_000 : 10_000);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {message && (
          <div className={`toast ${message.tone === 'error' ? 'toast-error' : ''}`}>
            <span>{message.text}</span>
            {message.onAction && (
              <button
                type="button"
                className="button-link"
                onClick={() => {
                  message.onAction?.();
                  setMessage(null);
                }}
              >
                {message.actionLabel}
              </button>
            )}
            <button
              type="button"
              className="icon-button"
              aria-label={t('common.close')}
              onClick={() => setMessage(null)}
            >
              <Icon name="close" />
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}

/**
 * Runs a save and tells the person plainly why it failed, in their language; what they typed
 * stays on screen. Gives the saved value, or undefined when nothing was saved.
 */
export function useSaver(): <T>(work: Promise<StorageResult<T>>) => Promise<T | undefined> {
  const toast = useToast();
  const { t } = useTranslation();
  return useCallback(
    async <T,>(work: Promise<StorageResult<T>>) => {
      const result = await work;
      if (result.ok) return result.value;
      toast({ text: `${t(`storage.errors.${result.reason}`)} ${t('storage.keptTyped')}`, tone: 'error' });
      return undefined;
    },
    [toast, t],
  );
}
