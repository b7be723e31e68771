// The desk's tools in the browser: name matching in any script, the token hash the offline
// list is keyed by, the QR reader (a photo or the camera), and what this device keeps in its storage.
import { useEffect, useRef, type RefObject } from "react";

/** Letters without their accents, lower-case: "Ndiaye" finds "NDIAYE" and "Ndiayé". */
export const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase();

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export type Detector = { detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]> };

/** The browser's BarcodeDetector, else the polyfill (ZXing in WebAssembly, served by Plenary from /zxing/). */
export async function qrDetector(): Promise<Detector> {
  const native = (window as unknown as { BarcodeDetector?: new (o: { formats: string[] }) => Detector }).BarcodeDetector;
  if (native) return new native({ formats: ["qr_code"] });
  const poly = await import("barcode-detector/ponyfill");
  poly.setZXingModuleOverrides({ locateFile: (path: string) => `/zxing/${path}` });
  return new poly.BarcodeDetector({ formats: ["qr_code"] }) as unknown as Detector;
}

export function load<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

/**
 * While `on`, shows the camera in the returned video element's ref, reads QR codes and hands
 * each new code to `onCode`; `onFail` when there is no camera (or no permission).
 */
export function useCamera(on: boolean, onCode: (code: string) => Promise<void>, onFail: () => void): RefObject<HTMLVideoElement | null> {
  const video = useRef<HTMLVideoElement>(null);
  // The latest callbacks, without restarting the camera when they change.
  const handlers = useRef({ onCode, onFail });
  useEffect(() => {
    handlers.current = { onCode, onFail };
  });
  useEffect(() => {
    if (!on) return;
    let stop = false;
    let stream: MediaStream | null = null;
    void (async () => {
      try {
        const detector = await qrDetector();
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
        const element = video.current;
        if (!element) return;
        element.srcObject = stream;
        await element.play();
        let last = "";
        while (!stop) {
          const value = (await detector.detect(element).catch(() => []))[0]?.rawValue;
          if (value && value !== last) {
            last = value;
            await handlers.current.onCode(value);
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      } catch {
        handlers.current.onFail();
      }
    })();
    return () => {
      stop = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on]);
  return video;
}
