"use client"

import { useActionState, useEffect, useRef, useState } from "react"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { FormErrorMessage } from "@/modules/common/components/form-error"
import { FormField } from "@/modules/common/components/form-field"
import { StepHeading } from "@/modules/common/components/step-heading"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { groupKey } from "../qr-image"
import { chooseSms, chooseTotp, verifySetupCode, type SetupState } from "../setup-actions"
import { ArrowButton } from "./arrow-button"
import { CodeInput } from "./code-input"

type Choice = "choose" | "totp" | "sms"

/**
 * First login: set up the second factor. Choose the app (QR code plus the key as text) or SMS
 * (phone number), enter the six-digit code, and see the recovery codes once.
 * `completed`: the session is already complete (the page was reloaded after the last step).
 */
export function SetupFlow({ locale, completed }: { locale: string; completed: boolean }) {
  const t = useTranslations("setup")
  const [choice, setChoice] = useState<Choice>("choose")
  const [totpState, totpAction] = useActionState<SetupState, FormData>(chooseTotp, {})
  const [smsState, smsAction] = useActionState<SetupState, FormData>(chooseSms, {})
  const [verifyState, verifyAction] = useActionState<SetupState, FormData>(verifySetupCode, {})

  useEffect(() => {
    if (totpState.totp) setChoice("totp")
  }, [totpState])

  if (verifyState.done) return <RecoveryCodes codes={verifyState.recoveryCodes ?? []} link={verifyState.link} />
  if (completed) {
    return (
      <>
        <StepHeading>{t("alreadyDoneTitle")}</StepHeading>
        <p>
          <Link href="/">{t("toOverview")}</Link>
        </p>
      </>
    )
  }

  const enrolled = choice === "totp" ? totpState : smsState
  const ready = (choice === "totp" && !!totpState.totp) || (choice === "sms" && !!smsState.sms)

  return (
    <>
      <StepHeading focusKey={`${choice}-${ready}`}>
        {choice === "choose" ? t("title") : choice === "totp" ? t("totpTitle") : t("smsTitle")}
      </StepHeading>
      {choice === "choose" ? (
        <>
          <p className="lead">{t("intro")}</p>
          <div className="choice-list">
            <form action={totpAction}>
              <input type="hidden" name="locale" value={locale} />
              <SubmitButton className="choice" pendingLabel={t("preparing")}>
                <strong>{t("chooseTotp")}</strong>
                <span>{t("chooseTotpHint")}</span>
              </SubmitButton>
            </form>
            <button type="button" className="choice" onClick={() => setChoice("sms")}>
              <strong>{t("chooseSms")}</strong>
              <span>{t("chooseSmsHint")}</span>
            </button>
          </div>
          <FormErrorMessage id="setup-error" error={totpState.error} />
        </>
      ) : null}

      {choice === "totp" && totpState.totp ? (
        <div className="totp">
          <p className="lead">{t("totpIntro")}</p>
          {totpState.totp.qrSrc ? (
            // A data URL made by the backend, not an asset: a plain <img>, not next/image.
            <img className="totp__qr" src={totpState.totp.qrSrc} alt={t("qrAlt")} width={200} height={200} />
          ) : null}
          <p className="totp__key">
            <span>{t("keyLabel")}</span> <code id="totp-key">{groupKey(totpState.totp.secret)}</code>
          </p>
        </div>
      ) : null}

      {choice === "sms" && !smsState.sms ? (
        <form action={smsAction} className="form">
          <input type="hidden" name="locale" value={locale} />
          <p className="lead">{t("smsIntro")}</p>
          <FormField
            id="setup-phone"
            label={t("phoneLabel")}
            hint={t("phoneHint")}
            errors={smsState.fields?.phone}
            formErrorId="setup-sms-error"
          >
            {(control) => <input {...control} name="phone" type="tel" autoComplete="tel" required />}
          </FormField>
          <FormErrorMessage id="setup-sms-error" error={smsState.error} />
          <SubmitButton pendingLabel={t("sending")}>{t("sendCode")}</SubmitButton>
        </form>
      ) : null}

      {ready ? (
        <form action={verifyAction} className="form">
          <input type="hidden" name="locale" value={locale} />
          {choice === "sms" ? (
            <p role="status" className="notice">
              {smsState.sms?.phoneHint ? t("smsSentTo", { phone: smsState.sms.phoneHint }) : t("smsSent")}
            </p>
          ) : null}
          <div className="code-row">
            <CodeInput
              id="setup-code"
              label={t("codeLabel")}
              hint={choice === "totp" ? t("totpCodeHint") : t("smsCodeHint")}
              invalid={!!verifyState.fields?.code}
              errorId="setup-code-error"
            />
            <ArrowButton />
          </div>
          <FormErrorMessage id="setup-code-error" error={verifyState.error} />
        </form>
      ) : null}

      {choice !== "choose" ? (
        <p>
          <button type="button" className="link-button" onClick={() => setChoice("choose")}>
            {t("otherMethod")}
          </button>
        </p>
      ) : null}
      {enrolled.error && choice !== "choose" && !(choice === "sms" && !smsState.sms) ? (
        <FormErrorMessage id="setup-enrol-error" error={enrolled.error} />
      ) : null}
    </>
  )
}

function RecoveryCodes({ codes, link }: { codes: string[]; link?: "accepted" | "failed" }) {
  const t = useTranslations("setup")
  const list = useRef<HTMLOListElement>(null)
  const [copied, setCopied] = useState(false)
  return (
    <>
      <StepHeading focusKey="recovery">{t("recoveryTitle")}</StepHeading>
      <p className="notice" role="status">
        {t("enrolled")}
      </p>
      {link ? (
        <p className={link === "accepted" ? "notice" : "form-error"}>{link === "accepted" ? t("linkAccepted") : t("linkFailed")}</p>
      ) : null}
      {codes.length > 0 ? (
        <>
          <p className="lead">{t("recoveryIntro")}</p>
          <ol ref={list} className="recovery-codes" aria-label={t("recoveryTitle")}>
            {codes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ol>
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                void navigator.clipboard?.writeText(codes.join("\n")).then(() => setCopied(true))
              }}
            >
              {t("copy")}
            </button>{" "}
            <span role="status">{copied ? t("copied") : null}</span>
          </p>
        </>
      ) : null}
      <p>
        <Link href="/" className="button button--primary">
          {t("saved")}
        </Link>
      </p>
    </>
  )
}
