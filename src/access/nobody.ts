import type { Access } from 'payload'

/** No caller, whatever their role. Server code writes through the workflow instead. */
export const nobody: Access = () => false
