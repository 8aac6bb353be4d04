import * as migration_20261127_024854_initial from './20261127_024854_initial';

export const migrations = [
  {
    up: migration_20261127_024854_initial.up,
    down: migration_20261127_024854_initial.down,
    name: '20261127_024854_initial'
  },
];
