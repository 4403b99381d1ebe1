export declare const TOTP_PERIOD_SECONDS: number
/** The RFC 6238 time step of a moment. */
export declare function totpStep(nowMs?: number): number
/** The code of a base32 key at a time step. */
export declare function totpAt(secret: string, step: number): string
/** The code of the current time step, or of the next one when `lastUsedStep` is already the current (the backend refuses a replayed step). */
export declare function totpAfter(secret: string, lastUsedStep: number | null): Promise<{ code: string; step: number }>
/** As an app used by one person: the current code for a key, never of a time step this process already used. */
export declare function freshTotp(secret: string): Promise<string>
