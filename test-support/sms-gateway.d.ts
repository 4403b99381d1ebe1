export type Sms = { to: string; message: string; at: number }

/** The SMS operator: a real HTTP server taking the backend's `POST {to, message}`. */
export declare class SmsGateway {
  readonly received: Sms[]
  /** Listens on a port (0: any free one) and answers the gateway URL; undefined when the port is taken. */
  start(port?: number): Promise<string | undefined>
  /** True when this process plays the gateway. */
  get listening(): boolean
  stop(): Promise<void>
  /** The six-digit code of the newest SMS to a number, received at or after `since`, or undefined. */
  codeTo(phone: string, since?: number): string | undefined
  /** As `codeTo`, but the code must be there. */
  latestCodeTo(phone: string, since?: number): string
}
