import React from 'react'

/** The reasons the server gave for refusing a step, as the panels show them. */
export function RefusalList({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null
  return (
    <ul className="workflow-panel__error" role="alert">
      {problems.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  )
}
