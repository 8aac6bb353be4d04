import * as migration_20261127_043231_initial from './20261127_043231_initial';
import * as migration_20261127_064204_reset_email_pause_off from './20261127_064204_reset_email_pause_off';
import * as migration_20261201_091213_signoff_integrity from './20261201_091213_signoff_integrity';

export const migrations = [
  {
    up: migration_20261127_043231_initial.up,
    down: migration_20261127_043231_initial.down,
    name: '20261127_043231_initial',
  },
  {
    up: migration_20261127_064204_reset_email_pause_off.up,
    down: migration_20261127_064204_reset_email_pause_off.down,
    name: '20261127_064204_reset_email_pause_off',
  },
  {
    up: migration_20261201_091213_signoff_integrity.up,
    down: migration_20261201_091213_signoff_integrity.down,
    name: '20261201_091213_signoff_integrity'
  },
];
