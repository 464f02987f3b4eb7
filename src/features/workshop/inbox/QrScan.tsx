import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { extractFragments } from '../../../model/workshop/links/extract';
import {
  cameraAvailable,
  cameraProblem,
  loadQrReader,
  pixelsOf,
  readQrPicture,
  type CameraProblem,
  type QrReader,
} from './qr-read';

/** How often a camera frame is searched for a code: often enough to feel instant, light on a phone. */
const FRAME_MS = 150;

type Message = { key: string; values?: Record<string, string> };

/**
 * A participant's response QR code read into the inbox: with the camera where the browser has
 * one (jsQR is fetched on the first click), or from a photo or screenshot of the code. Anything
 * that is not a response (an invitation, another code) is named and nothing is collected.
 */
export function QrScan({ onText }: { onText: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [camera, setCamera] = useState<{ stream: MediaStream; read: QrReader } | null>(null);
  const [starting, setStarting] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  // A camera granted after the inbox was left is switched off at once, never left running.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const isResponse = (text: string) => extractFragments(text, 'r').length > 0;

  async function start() {
    setMessage(null);
    if (!cameraAvailable()) return setMessage(problem('unavailable'));
    setStarting(true);
    try {
      const [read, stream] = await Promise.all([
        loadQrReader(),
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }),
      ]);
      if (!mounted.current) {
        for (const track of stream.getTracks()) track.stop();
        return;
      }
      setCamera({ stream, read });
    } catch (error) {
      setMessage(problem(cameraProblem(error)));
    } finally {
      if (mounted.current) setStarting(false);
    }
  }

  async function readPicture(file: File) {
    setMessage(null);
    const outcome = await readQrPicture(file);
    if (!outcome.ok)
      return setMessage({
        key: `workshop.inbox.qr.${outcome.problem}`,
        values: { name: file.name },
      });
    if (!isResponse(outcome.text)) return setMessage({ key: 'workshop.inbox.qr.notResponse' });
    onText(outcome.text);
  }

  return (
    <div className="inbox__qr">
      <div className="button-row">
        {camera === null ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={starting}
            onClick={() => void start()}
          >
            {t(starting ? 'workshop.inbox.qr.starting' : 'workshop.inbox.qr.scan')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setCamera(null)}
          >
            {t('workshop.inbox.qr.stop')}
          </button>
        )}
      </div>
      {camera && (
        <CameraView
          stream={camera.stream}
          read={camera.read}
          onCode={(text) => {
            if (!isResponse(text)) return setMessage({ key: 'workshop.inbox.qr.notResponse' });
            setCamera(null);
            setMessage(null);
            onText(text);
          }}
        />
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-picture`}>
          {t('workshop.inbox.qr.pictureLabel')}
        </label>
        <p id={`${id}-picture-hint`} className="field__hint">
          {t('workshop.inbox.qr.pictureHint')}
        </p>
        <input
          id={`${id}-picture`}
          type="file"
          accept="image/*"
          aria-describedby={`${id}-picture-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void readPicture(file);
          }}
        />
      </div>
      <p className="inbox__qr-message" role="status">
        {message ? t(message.key as 'workshop.inbox.qr.scan', message.values) : ''}
      </p>
    </div>
  );
}

function problem(p: CameraProblem): Message {
  return { key: `workshop.inbox.qr.problems.${p}` };
}

/** The live camera picture, searched every FRAME_MS; the camera is switched off on unmount. */
function CameraView({
  stream,
  read,
  onCode,
}: {
  stream: MediaStream;
  read: QrReader;
  onCode: (text: string) => void;
}) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const found = useRef(onCode);
  useEffect(() => {
    found.current = onCode;
  }, [onCode]);

  useEffect(() => {
    const el = video.current;
    const canvas = document.createElement('canvas');
    let last = '';
    let timer = 0;
    if (el) {
      el.srcObject = stream;
      void el.play().catch(() => undefined);
    }
    const tick = () => {
      if (el && el.readyState >= 2) {
        const pixels = pixelsOf(el, el.videoWidth, el.videoHeight, canvas);
        const text = pixels ? read(pixels, false) : null;
        // The same code held in view is reported once, not every frame.
        if (text !== null && text !== last) {
          last = text;
          found.current(text);
        }
      }
      timer = window.setTimeout(tick, FRAME_MS);
    };
    timer = window.setTimeout(tick, FRAME_MS);
    return () => {
      window.clearTimeout(timer);
      for (const track of stream.getTracks()) track.stop();
      if (el) el.srcObject = null;
    };
  }, [stream, read]);

  return (
    <>
      <p>{t('workshop.inbox.qr.aim')}</p>
      <video
        ref={video}
        className="inbox__camera"
        muted
        playsInline
        aria-label={t('workshop.inbox.qr.video')}
      />
    </>
  );
}
