import * as migration_20261127_043231_initial from './20261127_043231_initial';
import * as migration_20261127_064204_reset_email_pause_off from './20261127_064204_reset_email_pause_off';
import * as migration_20261201_095404_signoff_integrity_and_media_storage from './20261201_095404_signoff_integrity_and_media_storage';
import * as migration_20261201_111128_editorial_workflow from './20261201_111128_editorial_workflow';

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
    up: migration_20261201_095404_signoff_integrity_and_media_storage.up,
    down: migration_20261201_095404_signoff_integrity_and_media_storage.down,
    name: '20261201_095404_signoff_integrity_and_media_storage',
  },
  {
    up: migration_20261201_111128_editorial_workflow.up,
    down: migration_20261201_111128_editorial_workflow.down,
    name: '20261201_111128_editorial_workflow'
  },
];
