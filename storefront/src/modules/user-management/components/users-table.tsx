import { getFormatter, getLocale, getTranslations } from "next-intl/server"
import type { ManagedUser, PendingInvitation } from "@/lib/data/user-management"
import { roleMessageKey } from "@/lib/permissions/roles"
import { removeFromCompany, resendInvitationAction, revokeInvitationAction } from "../actions"
import { ConfirmAction } from "./confirm-action"
import { RoleForm } from "./role-form"

/** One row per user and company: the user's "Tilldelad roll" there, and removing them from it. */
export async function UsersTable({ users, currentCustomerId }: { users: readonly ManagedUser[]; currentCustomerId: string }) {
  const t = await getTranslations("manageUsers")
  const locale = await getLocale()
  if (users.length === 0) return <p>{t("noUsers")}</p>
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t("usersCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.name")}</th>
            <th scope="col">{t("columns.email")}</th>
            <th scope="col">{t("columns.company")}</th>
            <th scope="col">{t("columns.role")}</th>
            <th scope="col">{t("columns.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {users.flatMap((user) =>
            user.memberships.map((membership) => {
              const name = user.name || user.email
              const isSelf = user.customer_id === currentCustomerId
              return (
                <tr key={`${user.customer_id}-${membership.company_id}`}>
                  <th scope="row">
                    {name}
                    {isSelf ? <span className="tag">{t("you")}</span> : null}
                  </th>
                  <td>{user.email}</td>
                  <td>{membership.company_name}</td>
                  <td>
                    <RoleForm
                      locale={locale}
                      companyId={membership.company_id}
                      companyName={membership.company_name}
                      customerId={user.customer_id}
                      userName={name}
                      role={membership.role}
                    />
                  </td>
                  <td>
                    <ConfirmAction
                      action={removeFromCompany}
                      hidden={{ locale, company_id: membership.company_id, customer_id: user.customer_id }}
                      label={
                        <>
                          {t("remove")}
                          <span className="visually-hidden"> {t("roleContext", { name, company: membership.company_name })}</span>
                        </>
                      }
                      question={t("removeQuestion", { name, company: membership.company_name })}
                      confirmLabel={t("removeConfirm")}
                      doneMessage={t("removed")}
                    />
                  </td>
                </tr>
              )
            })
          )}
        </tbody>
      </table>
    </div>
  )
}

/** Invitations not yet accepted: send again (a new link) or revoke. */
export async function InvitationsTable({ invitations }: { invitations: readonly PendingInvitation[] }) {
  const t = await getTranslations("manageUsers")
  const tRoles = await getTranslations("roles")
  const format = await getFormatter()
  const locale = await getLocale()
  if (invitations.length === 0) return <p>{t("noInvitations")}</p>
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t("invitationsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.email")}</th>
            <th scope="col">{t("columns.companies")}</th>
            <th scope="col">{t("columns.invitedRole")}</th>
            <th scope="col">{t("columns.validUntil")}</th>
            <th scope="col">{t("columns.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row">{invitation.email}</th>
              <td>{invitation.companies.map((company) => company.name).join(", ")}</td>
              <td>{tRoles(roleMessageKey(invitation.role))}</td>
              <td>
                {invitation.status === "expired" ? (
                  <span className="tag tag--warning">{t("expired")}</span>
                ) : (
                  <time dateTime={invitation.expires_at}>
                    {format.dateTime(new Date(invitation.expires_at), { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                )}
              </td>
              <td className="actions">
                <ConfirmAction
                  action={resendInvitationAction}
                  hidden={{ locale, invitation_id: invitation.id }}
                  label={
                    <>
                      {t("resend")}
                      <span className="visually-hidden"> {t("toEmail", { email: invitation.email })}</span>
                    </>
                  }
                  doneMessage={t("resent")}
                />
                <ConfirmAction
                  action={revokeInvitationAction}
                  hidden={{ locale, invitation_id: invitation.id }}
                  label={
                    <>
                      {t("revoke")}
                      <span className="visually-hidden"> {t("toEmail", { email: invitation.email })}</span>
                    </>
                  }
                  question={t("revokeQuestion", { email: invitation.email })}
                  confirmLabel={t("revokeConfirm")}
                  doneMessage={t("revoked")}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
