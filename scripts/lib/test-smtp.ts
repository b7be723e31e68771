// A real SMTP server inside the test process that keeps what it receives. Like a real
// server, it refuses mailboxes it does not know: any address at BOUNCING_DOMAIN gets 550.
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}
export interface TestSmtp {
  port: number;
  messages: ReceivedMail[];
  close: () => Promise<void>;
}

export const BOUNCING_DOMAIN = "bounce.test";

export async function startTestSmtp(port = 0, onMail?: (mail: ReceivedMail, index: number) => void): Promise<TestSmtp> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.toLowerCase().endsWith(`@${BOUNCING_DOMAIN}`)) {
        const refusal = new Error("mailbox unavailable") as Error & { responseCode: number };
        refusal.responseCode = 550;
        return callback(refusal);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const mail = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        };
        messages.push(mail);
        onMail?.(mail, messages.length);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return { port: actualPort, messages, close: () => new Promise<void>((r) => server.close(() => r())) };
}
