import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PORTAL_SESSION_MODULE, type PortalSessionModuleService } from "@mymonitor/portal-permissions/modules/portal-session"
import { authIdentityIdsOfCustomer } from "@mymonitor/portal-permissions/lib/customer-identities"
import { COMPANY_MODULE, type CompanyModuleService, type MembershipRole } from "../../modules/company"

export type ChangeMembershipRoleInput = { company_id: string; customer_id: string; role: MembershipRole }

/** The role change itself runs under the company lock (last-admin check); compensation puts the old role back. */
export const changeMembershipRoleStep = createStep(
  "change-membership-role",
  async (input: ChangeMembershipRoleInput, { container }) => {
    const companyService = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const change = await companyService.changeMembershipRole(input.company_id, input.customer_id, input.role)
    return new StepResponse(change, change)
  },
  async (change, { container }) => {
    if (!change || change.previous_role === change.role) return
    await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .updateMemberships({ id: change.membership_id, role: change.previous_role })
  }
)

export type RemoveMembershipInput = { company_id: string; customer_id: string }

/** Soft-deletes the membership (last-admin check under the company lock); compensation restores it. */
export const removeMembershipStep = createStep(
  "remove-membership",
  async (input: RemoveMembershipInput, { container }) => {
    const companyService = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const removed = await companyService.removeMembership(input.company_id, input.customer_id)
    return new StepResponse(removed, removed.membership_id)
  },
  async (membershipId, { container }) => {
    if (!membershipId) return
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).restoreMemberships([membershipId])
  }
)

/**
 * A person removed from their last company has no reason to stay logged in: their
 * sessions end at once. Runs last, after the removal is certain; nothing to undo.
 */
export const endSessionsWithoutMembershipStep = createStep(
  "end-sessions-without-membership",
  async (input: { customer_id: string }, { container }) => {
    const remaining = await container
      .resolve<CompanyModuleService>(COMPANY_MODULE)
      .listMemberships({ customer_id: input.customer_id, status: "active" }, { select: ["id"], take: 1 })
    if (remaining.length) return new StepResponse(0)
    const [customer] = await container
      .resolve(Modules.CUSTOMER)
      .listCustomers({ id: input.customer_id }, { select: ["id", "email"], take: 1 })
    if (!customer) return new StepResponse(0)
    const identityIds = await authIdentityIdsOfCustomer(container, customer as { id: string; email: string })
    const ended = await container.resolve<PortalSessionModuleService>(PORTAL_SESSION_MODULE).endSessionsOf(identityIds, "removed")
    return new StepResponse(ended)
  }
)

export type CreateMembershipsInput = { customer_id: string; grants: { company_id: string; role: MembershipRole }[] }

/**
 * Adds a customer to several companies at once (an accepted invitation). A company
 * the customer already belongs to keeps its membership and role as they are.
 */
export const createMembershipsStep = createStep(
  "create-memberships",
  async (input: CreateMembershipsInput, { container }) => {
    const companyService = container.resolve<CompanyModuleService>(COMPANY_MODULE)
    const companyIds = input.grants.map((grant) => grant.company_id)
    const existing = companyIds.length
      ? await companyService.listMemberships({ customer_id: input.customer_id, company_id: companyIds }, { select: ["company_id"] })
      : []
    const taken = new Set(existing.map((m: any) => m.company_id))
    const toCreate = input.grants
      .filter((grant) => !taken.has(grant.company_id))
      .map((grant) => ({ company_id: grant.company_id, customer_id: input.customer_id, role: grant.role }))
    const created = toCreate.length ? await companyService.createMemberships(toCreate) : []
    return new StepResponse(
      created,
      created.map((m: any) => m.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<CompanyModuleService>(COMPANY_MODULE).deleteMemberships(ids)
  }
)

export type CompanyGroupsChange = { customer_id: string; company_ids: string[] }

/** Puts a customer into the customer groups of the companies joined (where prices hang); compensation takes them out. */
export const addCustomerToCompanyGroupsStep = createStep(
  "add-customer-to-company-groups",
  async (input: CompanyGroupsChange, { container }) => {
    if (!input.company_ids.length) return new StepResponse([], [])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: companies } = await query.graph({
      entity: "company",
      fields: ["id", "customer_group.id"],
      filters: { id: input.company_ids },
    })
    const pairs = companies
      .map((company: any) => company.customer_group?.id as string | undefined)
      .filter((id): id is string => Boolean(id))
      .map((customer_group_id) => ({ customer_id: input.customer_id, customer_group_id }))
    if (pairs.length) await container.resolve(Modules.CUSTOMER).addCustomerToGroup(pairs)
    return new StepResponse(pairs, pairs)
  },
  async (pairs, { container }) => {
    if (!pairs?.length) return
    await container.resolve(Modules.CUSTOMER).removeCustomerFromGroup(pairs)
  }
)
