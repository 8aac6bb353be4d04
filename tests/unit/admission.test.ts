import type { Request } from 'express'
import { describe, expect, it } from 'vitest'

import { createAdmission, ServerBusy } from '../../src/server/admission'

/** What admission looks at in a request: whether its connection is still open. */
const request = (destroyed = false) => ({ socket: { destroyed } }) as unknown as Request

/** A unit of work that ends when the test says so, recording when it started. */
function gate(log: string[], name: string) {
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return {
    open,
    work: async () => {
      log.push(`start ${name}`)
      await opened
      log.push(`end ${name}`)
      return name
    },
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10))

describe('admission control', () => {
  it('works on at most maxConcurrent requests and starts the waiting ones in arrival order', async () => {
    const admission = createAdmission({ maxConcurrent: 2, maxQueued: 10 })
    const log: string[] = []
    const gates = ['a', 'b', 'c', 'd'].map((name) => gate(log, name))
    const results = gates.map((g) => admission.admit(request(), g.work))
    await settle()
    expect(log).toEqual(['start a', 'start b'])

    gates[1].open()
    await settle()
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c'])

    gates[0].open()
    gates[2].open()
    gates[3].open()
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd'])
    expect(log.filter((line) => line.startsWith('start'))).toEqual([
      'start a',
      'start b',
      'start c',
      'start d',
    ])
  })

  it('refuses with ServerBusy once maxQueued requests wait, and admits again when there is room', async () => {
    const admission = createAdmission({ maxConcurrent: 1, maxQueued: 1 })
    const log: string[] = []
    const running = gate(log, 'running')
    const waiting = gate(log, 'waiting')
    const first = admission.admit(request(), running.work)
    const second = admission.admit(request(), waiting.work)
    await expect(admission.admit(request(), async () => 'refused')).rejects.toBeInstanceOf(
      ServerBusy,
    )

    running.open()
    waiting.open()
    expect(await Promise.all([first, second])).toEqual(['running', 'waiting'])
    expect(await admission.admit(request(), async () => 'later')).toBe('later')
  })

  it('with no queue, refuses only when every slot is busy', async () => {
    const admission = createAdmission({ maxConcurrent: 1, maxQueued: 0 })
    expect(await admission.admit(request(), async () => 'idle')).toBe('idle')
    const log: string[] = []
    const running = gate(log, 'running')
    const first = admission.admit(request(), running.work)
    await expect(admission.admit(request(), async () => 'refused')).rejects.toBeInstanceOf(
      ServerBusy,
    )
    running.open()
    expect(await first).toBe('running')
  })

  it('skips the work of a request whose client hung up while it waited', async () => {
    const admission = createAdmission({ maxConcurrent: 1, maxQueued: 10 })
    const log: string[] = []
    const running = gate(log, 'running')
    const first = admission.admit(request(), running.work)
    const gone = request()
    let ranForGoneClient = false
    const abandoned = admission.admit(gone, async () => {
      ranForGoneClient = true
      return 'should not run'
    })
    ;(gone.socket as { destroyed: boolean }).destroyed = true
    running.open()
    expect(await first).toBe('running')
    expect(await abandoned).toBeUndefined()
    expect(ranForGoneClient).toBe(false)
  })
})
