import { useEffect, useRef, useState } from 'react';
import { Icon } from '../components/Icon.tsx';
import { useTranslation } from '../i18n/useTranslation.ts';
import './scan.css';

type CameraState = 'closed' | 'starting' | 'scanning' | 'unsupported' | 'refused' | 'none' | 'failed';

/** The longest side of a frame handed to the decoder: enough for a version 25 code across half the picture. */
const MAX_SIDE = 1280;
/**
 * Each frame is read at the next of these sizes in turn: the decoder misses about one large
 * code (version 24–25) in twenty at any one size, and nearly never at all of them (measured
 * with random reply links, 200 codes); a camera held still shows the same picture many times.
 */
const SCALES = [1, 0.75, 0.6, 0.5];

/** A camera, drawn like the app's other icons; only this chunk carries it. */
const CAMERA = 'M3 8h4l2-3h6l2 3h4v11H3zM12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z';

function failureOf(error: unknown): CameraState {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'refused';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError')
    return 'none';
  return 'failed';
}

interface QrScannerProps {
  /** Called with the text of the first QR code seen; the camera is closed first. */
  onText: (text: string) => void;
  testId: string;
}

/**
 * Scans a QR code with the camera, in every browser: the picture comes from getUserMedia and
 * the decoding from a pure JavaScript decoder (@paulmillr/qr) in a worker, which is loaded only
 * when the camera is opened. Without a camera, or when the person refuses it, it says so and
 * the page's paste and file fields remain.
 */
export function QrScanner({ onText, testId }: QrScannerProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<CameraState>('closed');
  const video = useRef<HTMLVideoElement>(null);
  const stop = useRef<() => void>(() => {});
  const done = useRef(onText);
  done.current = onText;

  useEffect(() => () => stop.current(), []);

  const open = async () => {
    if (!navigator.mediaDevices?.getUserMedia || typeof Worker === 'undefined') {
      setState('unsupported');
      return;
    }
    setState('starting');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: { ideal: 'environment' } },
        audio: false,
      });
    } catch (error) {
      setState(failureOf(error));
      return;
    }
    const worker = new Worker(new URL('./qrDecode.worker.ts', import.meta.url), { type: 'module' });
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    let frame = 0;
    let busy = false;
    let attempt = 0;
    let closed = false;
    stop.current = () => {
      closed = true;
      cancelAnimationFrame(frame);
      worker.terminate();
      for (const track of stream.getTracks()) track.stop();
      if (video.current) video.current.srcObject = null;
    };
    worker.onmessage = ({ data }: MessageEvent<string | null>) => {
      busy = false;
      if (closed || !data) return;
      stop.current();
      setState('closed');
      done.current(data);
    };
    worker.onerror = () => {
      stop.current();
      setState('failed');
    };
    const element = video.current;
    if (!element || !context) {
      stop.current();
      setState('failed');
      return;
    }
    element.srcObject = stream;
    await element.play().catch(() => undefined);
    setState('scanning');
    // One frame at a time: the next is taken when the decoder has answered for the last.
    const tick = () => {
      if (closed) return;
      frame = requestAnimationFrame(tick);
      if (busy || element.readyState < 2 || element.videoWidth === 0) return;
      const fit = Math.min(1, MAX_SIDE / Math.max(element.videoWidth, element.videoHeight));
      const scale = fit * SCALES[attempt++ % SCALES.length]!;
      canvas.width = Math.round(element.videoWidth * scale);
      canvas.height = Math.round(element.videoHeight * scale);
      context.drawImage(element, 0, 0, canvas.width, canvas.height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      busy = true;
      worker.postMessage({ width: image.width, height: image.height, data: image.data }, [image.data.buffer]);
    };
    tick();
  };

  const close = () => {
    stop.current();
    setState('closed');
  };

  const active = state === 'starting' || state === 'scanning';
  return (
    <div className="qr-scanner" data-testid={testId} data-state={state}>
      {!active && (
        <button type="button" className="button" onClick={() => void open()} data-testid={`${testId}-open`}>
          <Icon name="plus" path={CAMERA} />
          {t('scan.open')}
        </button>
      )}
      <div className="qr-scanner-view" hidden={!active}>
        {/* The picture is the person's own view; what counts is read from it, not shown to anyone. */}
        <video ref={video} muted playsInline aria-label={t('scan.video')} />
        <p role="status">{state === 'scanning' ? t('scan.scanning') : t('scan.starting')}</p>
        <button type="button" className="button" onClick={close}>
          <Icon name="close" />
          {t('scan.close')}
        </button>
      </div>
      {!active && state !== 'closed' && (
        <p className="banner banner-warning" role="alert" data-testid={`${testId}-problem`}>
          {t(`scan.problem.${state}`)}
        </p>
      )}
    </div>
  );
}
