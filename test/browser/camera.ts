/**
 * A fake camera for Chromium (--use-file-for-fake-video-capture): a Y4M file whose one frame
 * shows a QR code the app drew, as a phone held in front of another screen would see it.
 */
import { writeFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';

export const FRAME = { width: 1280, height: 960 };

/** Chromium's switches for a camera that plays `file` and is allowed without asking. */
export function fakeCameraArgs(file: string): string[] {
  return [
    '--use-fake-device-for-media-stream',
    '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
  ];
}

/** A frame of `luma` (one byte a pixel, FRAME's size) as a Y4M file: grey in colour, 4:2:0. */
function writeY4m(file: string, luma: Uint8Array): void {
  const { width, height } = FRAME;
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`, 'ascii');
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  writeFileSync(file, Buffer.concat([header, Buffer.from(luma), chroma]));
}

/** A blank grey picture, for a camera that shows nothing yet. */
export function writeBlankFrame(file: string): void {
  writeY4m(file, new Uint8Array(FRAME.width * FRAME.height).fill(200));
}

/**
 * The QR code drawn by the app (an SVG element), rendered by the page into pixels and centred
 * on a light background, written as the camera's picture.
 */
export async function writeQrFrame(svg: Locator, file: string): Promise<void> {
  // A whole number of pixels a module, so that every module is drawn alike.
  const modules = Number((await svg.getAttribute('viewBox'))?.split(' ')[2]);
  if (!Number.isInteger(modules) || modules <= 0) throw new Error('the QR code has no size');
  const side = modules * Math.floor((Math.min(FRAME.width, FRAME.height) - 40) / modules);
  const pixels = await svg.evaluate(async (element, size) => {
    const markup = new XMLSerializer().serializeToString(element);
    const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    const image = new Image(size, size);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.imageSmoothingEnabled = false;
    context.drawImage(image, 0, 0, size, size);
    URL.revokeObjectURL(url);
    const rgba = context.getImageData(0, 0, size, size).data;
    const grey: number[] = [];
    for (let i = 0; i < rgba.length; i += 4) grey.push(rgba[i + 3] === 0 ? 255 : rgba[i]!);
    return grey;
  }, side);
  const luma = new Uint8Array(FRAME.width * FRAME.height).fill(235);
  const left = Math.floor((FRAME.width - side) / 2);
  const top = Math.floor((FRAME.height - side) / 2);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++)
      luma[(top + y) * FRAME.width + left + x] = pixels[y * side + x]! < 128 ? 16 : 235;
  writeY4m(file, luma);
}
