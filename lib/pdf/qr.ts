// A QR code as inline SVG for a PDF (the `qrcode` package, error correction M): the
// text is ours (a badge's check-in token), never a person's data.
import QRCode from "qrcode";
import { SafeHtml } from "./html";

export async function qrSvg(text: string): Promise<SafeHtml> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  if (!svg.startsWith("<svg") || /<script/i.test(svg)) throw new Error("qrSvg: unexpected output");
  return SafeHtml.fromTrusted(svg);
}
