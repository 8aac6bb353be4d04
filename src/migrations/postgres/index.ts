import * as migration_20261127_043237_initial from './20261127_043237_initial';

export const migrations = [
  {
    up: migration_20261127_043237_initial.up,
    down: migration_20261127_043237_initial.down,
    name: '20261127_043237_initial'
  },
];
