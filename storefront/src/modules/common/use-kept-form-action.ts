"use client"

import { startTransition, useActionState, type FormEvent } from "react"

/**
 * A form action that keeps what the visitor typed when the server answers with errors. React
 * resets a form after its `action` ran; forms with many fields (registration, invitations) submit
 * through onSubmit instead, so nothing is lost when one field needs correcting.
 */
export function useKeptFormAction<State>(action: (state: Awaited<State>, formData: FormData) => Promise<State>, initial: Awaited<State>) {
  const [state, dispatch, pending] = useActionState<State, FormData>(action, initial)
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formData = new FormData(event.currentTarget)
    startTransition(() => dispatch(formData))
  }
  return { state, onSubmit, pending }
}
